-- min_version: 14
-- The functions under an aggregate, an operator and a cast change (a weight widens from int to
-- numeric, an operator's arguments from varchar to text, a cast's function is renamed) while
-- views and a policy use the aggregate, the operator and the cast.
create type public.money_amount as (amount numeric, currency text);

create table public.reviews (
  id bigint generated always as identity primary key,
  product text not null,
  title varchar(120) not null,
  score numeric not null,
  weight int not null default 1,
  price public.money_amount
);

create function public.weighted_acc(state numeric[], value numeric, weight numeric)
returns numeric[]
language sql immutable
return array[state[1] + value * weight, state[2] + weight];

create function public.weighted_final(state numeric[])
returns numeric
language sql immutable
return case when state[2] = 0 then null else round(state[1] / state[2], 2) end;

create aggregate public.weighted_avg(numeric, numeric) (
  sfunc = public.weighted_acc,
  stype = numeric[],
  finalfunc = public.weighted_final,
  initcond = '{0,0}'
);

create function public.fuzzy_match(a text, b text)
returns boolean
language sql immutable
return lower(a) like '%' || lower(b) || '%';

create operator public.~~~ (
  leftarg = text,
  rightarg = text,
  function = public.fuzzy_match
);

create function public.money_amount_text(m public.money_amount)
returns text
language sql immutable
return m.currency || ' ' || to_char(m.amount, 'FM999999990.00');

create cast (public.money_amount as text) with function public.money_amount_text(public.money_amount) as assignment;

create view public.product_scores as
  select product, public.weighted_avg(score, weight) as score, count(*) as reviews
  from public.reviews group by product;

create view public.discounted as
  select id, title, price::text as price_label from public.reviews
  where title operator(public.~~~) 'sale';

alter table public.reviews enable row level security;
create policy "no spam" on public.reviews for insert
  with check (not (title operator(public.~~~) 'viagra'));
