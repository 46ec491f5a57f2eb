-- min_version: 15
-- Columns retyped on parents (ALTER TABLE … ALTER COLUMN … TYPE recurses) while what reads
-- the inherited copies on a partition and an inheritance child - policies, a trigger's WHEN,
-- SQL-standard functions, a view, a publication's row filter - stays as it is: PostgreSQL
-- refuses the parent's retype while they do, so they are dropped before it and made after.
create table public.events (
  id bigint not null,
  at date not null,
  score int,
  note varchar(20)
) partition by range (at);
create table public.events_2026 partition of public.events
  for values from ('2026-01-01') to ('2027-01-01');

create table public.base_items (id int primary key, qty int);
create table public.special_items (extra text) inherits (public.base_items);

create function public.scores_2026()
returns setof text
language sql stable
begin atomic
  select score::text from public.events_2026 order by score desc limit 3;
end;

create function public.special_qty()
returns text
language sql stable
return (select sum(qty)::text from public.special_items);

create view public.special_labels as
  select id, qty::text as qty_label from public.special_items;

alter table public.events_2026 enable row level security;
create policy "scored notes" on public.events_2026 using (score is not null and note is not null);
alter table public.special_items enable row level security;
create policy "in stock" on public.special_items using (qty is not null);

create function public.tg_touch()
returns trigger
language plpgsql
as $$
begin
  return new;
end;
$$;
create trigger special_items_touch before update on public.special_items
  for each row when (new.qty is distinct from old.qty)
  execute function public.tg_touch();

create publication special_stock for table public.special_items where (qty is not null);
