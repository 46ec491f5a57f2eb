-- Evolution: longer titles, bigint stock, a refunded status, renamed column under view,
-- the overloaded sku variant replaced with a new signature, a policy rewritten, indexes swapped.
alter type public.order_status add value 'refunded';
alter type public.order_status add value 'on_hold' before 'paid';

drop view public.product_listing;
alter table public.products alter column title type text;
alter table public.products alter column stock type bigint;
alter table public.products rename column compare_at_price to list_price;
alter table public.products alter column tax_rate set default 0.1900;
alter table public.categories alter column slug set data type text;

alter table public.orders add column notes text;
alter table public.orders alter column shipping_address set not null;
alter table public.orders drop column paid_at cascade;
alter table public.orders add constraint orders_shipping_nonnegative check (shipping >= 0) not valid;

drop function public.add_to_cart(text, integer);
create function public.add_to_cart(p_sku text, p_quantity integer default 1, p_note text default null)
returns public.cart_items
language sql
as $$
  select public.add_to_cart((select id from public.products where sku = upper(p_sku)), p_quantity);
$$;

drop function public.cart_summary();
create function public.cart_summary()
returns table (product_id bigint, title text, quantity integer, line_total numeric)
language sql
stable
as $$
  select p.id, p.title, ci.quantity, (p.price_with_tax * ci.quantity)::numeric(12,2)
  from public.cart_items ci
  join public.products p on p.id = ci.product_id
  where ci.user_id = (select auth.uid())
  order by ci.added_at desc;
$$;

drop policy "Published products are viewable by everyone." on public.products;
create policy "Published products are viewable by everyone." on public.products
  for select to anon, authenticated using (is_published and stock > 0);

drop index public.products_title_lower_idx;
create index products_tags_idx on public.products using gin (tags);
create unique index orders_one_pending_per_user on public.orders (user_id) where status = 'pending';

create view public.product_listing with (security_invoker = on) as
  select p.id, p.sku, p.title, p.price_with_tax as price, c.name as category, p.stock > 0 as in_stock, p.list_price
  from public.products p
  left join public.categories c on c.id = p.category_id
  where p.is_published;

alter table public.coupons alter column valid_during drop default;
