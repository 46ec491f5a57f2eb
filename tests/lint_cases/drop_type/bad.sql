drop type public.order_status; -- expect
drop domain if exists email_address cascade; -- expect
