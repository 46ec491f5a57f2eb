-- min_version: 14
-- PostgREST computed columns and RPCs over a table's row type while the table gains, loses and
-- retypes columns: SQL-standard bodies depend on the columns they read, plpgsql and quoted SQL
-- bodies do not.
create table public.profiles (
  id uuid primary key default gen_random_uuid(),
  first_name text,
  last_name text,
  nickname varchar(40),
  created_at timestamptz not null default now(),
  age int
);

create function public.full_name(p public.profiles)
returns text
language sql stable
begin atomic
  select coalesce(p.first_name || ' ', '') || coalesce(p.last_name, '');
end;

create function public.display_name(public.profiles)
returns text
language sql stable
return coalesce($1.nickname, public.full_name($1));

create function public.is_adult(p public.profiles)
returns boolean
language sql stable
return p.age >= 18;

create function public.recent_profiles(since timestamptz default now() - interval '7 days')
returns setof public.profiles
language sql stable
as $$
  select * from public.profiles where created_at >= since order by created_at desc;
$$;

create function public.adults()
returns setof public.profiles
language sql stable
begin atomic
  select * from public.profiles where age >= 18;
end;

create function public.profile_card(profile_id uuid)
returns json
language plpgsql stable
as $$
declare
  p public.profiles;
begin
  select * into p from public.profiles where id = profile_id;
  return json_build_object('name', public.display_name(p), 'age', p.age);
end;
$$;

create view public.profile_cards as
  select p.id, public.display_name(p) as name, public.is_adult(p) as adult
  from public.recent_profiles() p;
