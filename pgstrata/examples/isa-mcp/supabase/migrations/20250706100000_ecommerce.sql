-- Credits shop: products, carts, orders and payments.

create table public.products (
  id uuid primary key default extensions.uuid_generate_v4(),
  sku text not null unique check (sku ~ '^[A-Z0-9-]{3,32}$'),
  name text not null,
  description text,
  product_type text not null check (product_type in ('credits', 'subscription', 'addon')),
  price_cents integer not null check (price_cents >= 0),
  currency text not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
  credits_granted integer not null default 0 check (credits_granted >= 0),
  plan_id text references public.subscription_plans (id),
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint products_subscription_has_plan check (product_type <> 'subscription' or plan_id is not null)
);

create table public.carts (
  id uuid primary key default extensions.uuid_generate_v4(),
  user_id uuid not null references public.users (id) on delete cascade,
  status text not null default 'active' check (status in ('active', 'converted', 'abandoned')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index carts_one_active_per_user on public.carts (user_id) where status = 'active';

create table public.cart_items (
  id bigint generated always as identity primary key,
  cart_id uuid not null references public.carts (id) on delete cascade,
  product_id uuid not null references public.products (id),
  quantity integer not null default 1 check (quantity between 1 and 100),
  added_at timestamptz not null default now(),
  constraint cart_items_product_key unique (cart_id, product_id)
);

create table public.orders (
  id uuid primary key default extensions.uuid_generate_v4(),
  order_number bigint generated always as identity (start with 100001) unique,
  user_id uuid not null references public.users (id) on delete restrict,
  cart_id uuid references public.carts (id) on delete set null,
  status text not null default 'pending'
    check (status in ('pending', 'paid', 'fulfilled', 'canceled', 'refunded')),
  currency text not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
  subtotal_cents integer not null default 0 check (subtotal_cents >= 0),
  tax_cents integer not null default 0 check (tax_cents >= 0),
  total_cents integer generated always as (subtotal_cents + tax_cents) stored,
  placed_at timestamptz not null default now(),
  paid_at timestamptz,
  updated_at timestamptz not null default now()
);
create index orders_user_id_idx on public.orders (user_id, placed_at desc);

create table public.order_items (
  id bigint generated always as identity primary key,
  order_id uuid not null references public.orders (id) on delete cascade,
  product_id uuid not null references public.products (id),
  quantity integer not null check (quantity > 0),
  unit_price_cents integer not null check (unit_price_cents >= 0),
  line_total_cents integer generated always as (quantity * unit_price_cents) stored
);
create index order_items_order_id_idx on public.order_items (order_id);

create table public.payments (
  id uuid primary key default gen_random_uuid(),
  order_id uuid not null references public.orders (id) on delete cascade,
  provider text not null default 'stripe',
  provider_payment_id text not null unique,
  amount_cents integer not null check (amount_cents > 0),
  currency text not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
  status text not null check (status in ('pending', 'succeeded', 'failed', 'refunded')),
  raw_event jsonb,
  created_at timestamptz not null default now()
);

create trigger products_set_updated_at before update on public.products
  for each row execute function public.set_updated_at();
create trigger carts_set_updated_at before update on public.carts
  for each row execute function public.set_updated_at();
create trigger orders_set_updated_at before update on public.orders
  for each row execute function public.set_updated_at();

-- Turn the signed-in user's active cart into a pending order.
create or replace function public.checkout_cart()
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_cart public.carts;
  v_order_id uuid;
begin
  select * into v_cart
  from public.carts
  where user_id = (select auth.uid()) and status = 'active'
  for update;
  if not found then
    raise exception 'no active cart' using errcode = 'no_data_found';
  end if;

  insert into public.orders (user_id, cart_id)
  values (v_cart.user_id, v_cart.id)
  returning id into v_order_id;

  insert into public.order_items (order_id, product_id, quantity, unit_price_cents)
  select v_order_id, ci.product_id, ci.quantity, p.price_cents
  from public.cart_items ci
  join public.products p on p.id = ci.product_id
  where ci.cart_id = v_cart.id;

  update public.orders o
     set subtotal_cents = (select coalesce(sum(oi.line_total_cents), 0)
                           from public.order_items oi where oi.order_id = o.id)
   where o.id = v_order_id;

  update public.carts set status = 'converted' where id = v_cart.id;
  return v_order_id;
end;
$$;
revoke execute on function public.checkout_cart() from anon;

alter table public.products enable row level security;
alter table public.carts enable row level security;
alter table public.cart_items enable row level security;
alter table public.orders enable row level security;
alter table public.order_items enable row level security;
alter table public.payments enable row level security;

create policy "Active products are public" on public.products
  for select to anon, authenticated using (is_active);
create policy "Users manage their own carts" on public.carts
  for all to authenticated using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
create policy "Users manage items of their carts" on public.cart_items
  for all to authenticated
  using (exists (select 1 from public.carts c where c.id = cart_items.cart_id and c.user_id = (select auth.uid())))
  with check (exists (select 1 from public.carts c where c.id = cart_items.cart_id and c.user_id = (select auth.uid())));
create policy "Users read their own orders" on public.orders
  for select to authenticated using ((select auth.uid()) = user_id);
create policy "Users read items of their orders" on public.order_items
  for select to authenticated
  using (exists (select 1 from public.orders o where o.id = order_items.order_id and o.user_id = (select auth.uid())));
create policy "Users read payments of their orders" on public.payments
  for select to authenticated
  using (exists (select 1 from public.orders o where o.id = payments.order_id and o.user_id = (select auth.uid())));

create view public.order_summaries
with (security_invoker = true)
as
select o.id as order_id,
       o.order_number,
       o.user_id,
       o.status,
       o.total_cents,
       o.currency,
       count(oi.id) as item_count,
       coalesce(sum(oi.quantity * p.credits_granted), 0) as credits_granted,
       o.placed_at,
       o.paid_at
from public.orders o
left join public.order_items oi on oi.order_id = o.id
left join public.products p on p.id = oi.product_id
group by o.id;
