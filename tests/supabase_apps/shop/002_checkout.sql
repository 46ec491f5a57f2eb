-- Checkout RPC, admin reports, tighter default privileges.
alter default privileges in schema public revoke execute on functions from anon;
alter default privileges in schema public grant select on tables to authenticated;

create table public.coupons (
  code text primary key check (code = upper(code)),
  percent_off numeric(5,2) check (percent_off > 0 and percent_off <= 100),
  amount_off numeric(12,2) check (amount_off > 0),
  valid_during tstzrange not null default tstzrange(now(), null),
  max_redemptions integer,
  redeemed integer not null default 0,
  constraint coupons_one_discount check (num_nonnulls(percent_off, amount_off) = 1)
);
alter table public.coupons enable row level security;

alter table public.orders add column coupon_code text references public.coupons (code) on update cascade;

create or replace function public.checkout(p_shipping_address jsonb, p_coupon text default null)
returns bigint
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_order_id bigint;
begin
  insert into public.orders (user_id, shipping_address, coupon_code)
  values (auth.uid(), p_shipping_address, p_coupon)
  returning id into v_order_id;

  insert into public.order_items (order_id, line_no, product_id, unit_price, quantity)
  select v_order_id, (row_number() over (order by ci.added_at))::smallint, p.id, p.price_with_tax, ci.quantity
  from public.cart_items ci join public.products p on p.id = ci.product_id
  where ci.user_id = auth.uid();

  delete from public.cart_items where user_id = auth.uid();
  return v_order_id;
end;
$$;
revoke execute on function public.checkout(jsonb, text) from public, anon;
grant execute on function public.checkout(jsonb, text) to authenticated;

create or replace function public.sales_by_day(from_date date, to_date date default current_date)
returns table (day date, orders bigint, revenue numeric(14,2))
language sql
stable
parallel safe
as $$
  select placed_at::date, count(*), sum(total)
  from public.orders
  where status in ('paid', 'shipped') and placed_at::date between from_date and to_date
  group by 1 order by 1;
$$;
revoke execute on function public.sales_by_day(date, date) from authenticated;

create view public.product_listing as
  select p.id, p.sku, p.title, p.price_with_tax as price, c.name as category, p.stock > 0 as in_stock
  from public.products p
  left join public.categories c on c.id = p.category_id
  where p.is_published;

comment on view public.product_listing is 'Storefront listing, published products only';
comment on function public.checkout(jsonb, text) is 'Turns the caller''s cart into a pending order';
comment on column public.orders.total is 'subtotal + shipping';
