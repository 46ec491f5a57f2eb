alter table public.customers rename to clients; -- expect
