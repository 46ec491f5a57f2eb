-- Teams with files: SECURITY DEFINER helpers with an empty search_path in a private schema,
-- used by policies on public tables and on storage.objects, a trigger on auth.users, RPCs.
create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to authenticated, service_role;

create table public.teams (
  id bigint generated always as identity primary key,
  name text not null,
  created_at timestamptz not null default now()
);

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  email text,
  display_name text,
  created_at timestamptz not null default now()
);

create table public.team_members (
  team_id bigint not null references public.teams (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  is_admin boolean not null default false,
  primary key (team_id, user_id)
);

create function private.is_team_member(team bigint)
returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (select 1 from public.team_members m
                 where m.team_id = team and m.user_id = (select auth.uid()));
$$;
revoke execute on function private.is_team_member(bigint) from public, anon;
grant execute on function private.is_team_member(bigint) to authenticated;

create function private.is_team_admin(team bigint)
returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (select 1 from public.team_members m
                 where m.team_id = team and m.user_id = (select auth.uid()) and m.is_admin);
$$;
revoke execute on function private.is_team_admin(bigint) from public, anon;
grant execute on function private.is_team_admin(bigint) to authenticated;

create function public.handle_new_user()
returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.profiles (id, email) values (new.id, new.email);
  return new;
end;
$$;
revoke execute on function public.handle_new_user() from public, anon, authenticated;

create trigger on_auth_user_created
  after insert on auth.users
  for each row execute procedure public.handle_new_user();

alter table public.teams enable row level security;
alter table public.profiles enable row level security;
alter table public.team_members enable row level security;

create policy "members read teams" on public.teams
  for select to authenticated using ((select private.is_team_member(id)));
create policy "admins rename teams" on public.teams
  for update to authenticated using ((select private.is_team_admin(id)));
create policy "members see members" on public.team_members
  for select to authenticated using ((select private.is_team_member(team_id)));
create policy "users read own profile" on public.profiles
  for select to authenticated using ((select auth.uid()) = id);

insert into storage.buckets (id, name, public) values ('team-files', 'team-files', false)
  on conflict do nothing;

create policy "members read team files" on storage.objects
  for select to authenticated
  using (bucket_id = 'team-files' and (select private.is_team_member(((storage.foldername(name))[1])::bigint)));
create policy "admins upload team files" on storage.objects
  for insert to authenticated
  with check (bucket_id = 'team-files' and (select private.is_team_admin(((storage.foldername(name))[1])::bigint)));

create function public.my_teams()
returns setof public.teams
language sql stable
as $$
  select t.* from public.teams t
  join public.team_members m on m.team_id = t.id
  where m.user_id = (select auth.uid());
$$;

create function public.create_team(name text)
returns bigint
language plpgsql security definer set search_path = ''
as $$
declare
  new_id bigint;
begin
  insert into public.teams (name) values (create_team.name) returning id into new_id;
  insert into public.team_members (team_id, user_id, is_admin) values (new_id, (select auth.uid()), true);
  return new_id;
end;
$$;
revoke execute on function public.create_team(text) from public, anon;
