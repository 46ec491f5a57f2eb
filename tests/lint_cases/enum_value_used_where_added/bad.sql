alter type public.order_status add value 'refunded' after 'paid';
alter type priority add value if not exists 'urgent';
alter table orders alter column status set default 'refunded'; -- expect
create policy "no refunds" on orders for update using (status <> 'refunded'); -- expect
create index orders_urgent on tickets (id) where priority = 'urgent'; -- expect
