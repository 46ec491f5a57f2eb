-- min_version: 14
-- Functions change return type under a materialized view (with a unique index and a grant),
-- under other functions' parameter defaults, under an INSTEAD OF trigger on a view and a
-- rule; a procedure gains an OUT parameter.
create table public.orders (
  id bigint generated always as identity primary key,
  customer_id uuid not null,
  total_cents int not null,
  placed_at timestamptz not null default now()
);

create function public.current_period()
returns int
language sql stable
return extract(year from now())::int * 100 + extract(month from now())::int;

create function public.period_of(ts timestamptz)
returns int
language sql immutable
return extract(year from ts at time zone 'UTC')::int * 100 + extract(month from ts at time zone 'UTC')::int;

create function public.orders_in_period(period int default public.current_period())
returns setof public.orders
language sql stable
as $$
  select * from public.orders where public.period_of(placed_at) = period;
$$;

create function public.cents_to_amount(cents int)
returns numeric
language sql immutable
return cents / 100.0;

create materialized view public.monthly_revenue as
  select public.period_of(placed_at) as period, sum(public.cents_to_amount(total_cents)) as revenue
  from public.orders group by 1;
create unique index monthly_revenue_period on public.monthly_revenue (period);
grant select on public.monthly_revenue to public;

create view public.order_entry as
  select id, customer_id, public.cents_to_amount(total_cents) as amount from public.orders;

create function public.order_entry_insert()
returns trigger
language plpgsql
as $$
begin
  insert into public.orders (customer_id, total_cents)
  values (new.customer_id, (new.amount * 100)::int);
  return new;
end;
$$;

create trigger order_entry_insert instead of insert on public.order_entry
  for each row execute function public.order_entry_insert();

create rule order_entry_delete as on delete to public.order_entry
  do instead delete from public.orders where id = old.id and public.period_of(placed_at) = public.current_period();

create procedure public.close_period(period int default public.current_period())
language plpgsql
as $$
begin
  refresh materialized view public.monthly_revenue;
end;
$$;
