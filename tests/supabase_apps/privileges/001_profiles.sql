-- Privileges the way Supabase apps write them: column-level UPDATE after a table-level revoke,
-- a materialized view readable by signed-in users only, a function made before the default
-- privileges change.
create table public.profiles (id uuid primary key, bio text, is_private boolean not null default false);
revoke update on public.profiles from authenticated;
grant update (bio, is_private) on public.profiles to authenticated;

create materialized view public.profile_stats as select count(*) as n from public.profiles;
revoke all on public.profile_stats from anon, authenticated;
grant select on public.profile_stats to authenticated;

create function public.profile_count() returns bigint language sql stable as $$ select count(*) from public.profiles $$;
