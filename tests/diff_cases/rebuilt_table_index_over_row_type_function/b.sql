-- A PostgREST computed field (a function taking the table's row) with an expression index over it, on a table rebuilt for a column added in the middle: the function is made again over the new row type, so the old copy's index must go before it.

create table public.people (
  id bigint primary key generated always as identity,
  first_name text not null,
  middle_name text,
  last_name text not null
);

create function public.full_name(public.people) returns text
language sql immutable
as $$ select $1.first_name || ' ' || $1.last_name $$;

create index people_full_name_idx on public.people (public.full_name(people));
