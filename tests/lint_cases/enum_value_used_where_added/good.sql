alter type public.order_status add value 'refunded' after 'paid';
alter table orders alter column status set default 'paid';
comment on type public.order_status is 'refunded orders are kept';
alter type priority rename value 'urgent' to 'critical';
alter table tickets alter column priority set default 'urgent';
