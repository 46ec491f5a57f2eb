-- min_version: 14
-- A typed table's type has an attribute retyped and another dropped (ALTER TYPE … CASCADE
-- changes the table's columns) while a view, a policy, a trigger's WHEN and SQL-standard
-- functions read those columns: PostgreSQL refuses the retype while they do, and CASCADE
-- would take what reads the dropped column along (a function, its grant, a view calling it).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
        BEGIN
            CREATE ROLE authenticated NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END $$;

create type public.address as (street text, zip int, country text);

create table public.addresses of public.address (
  primary key (street),
  zip with options not null
);

create view public.zip_labels as
  select street, zip::text as zip_label from public.addresses;

create function public.zip_of(s text)
returns text
language sql stable
begin atomic
  select zip::text from public.addresses where street = s;
end;

create function public.address_label(s text)
returns text
language sql stable
begin atomic
  select street || ' ' || country from public.addresses where street = s;
end;
revoke execute on function public.address_label(text) from public;
grant execute on function public.address_label(text) to authenticated;

create view public.address_labels as
  select street, public.address_label(street) as label from public.addresses;

create function public.addresses_check()
returns trigger
language plpgsql
as $$
begin
  raise exception 'zip out of range';
end;
$$;

create trigger addresses_zip_range before insert or update on public.addresses
  for each row when (new.zip < 0)
  execute function public.addresses_check();

alter table public.addresses enable row level security;
create policy "known zips" on public.addresses for select using (zip > 0);
