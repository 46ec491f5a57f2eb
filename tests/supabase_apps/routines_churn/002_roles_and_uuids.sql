-- Members get roles instead of an admin flag: the admin helper becomes has_team_role(team, role)
-- (another signature, in use by policies on public tables and on storage.objects), the new-user
-- trigger function moves to the private schema, my_teams returns a table of its own columns,
-- create_team gains a defaulted argument.
create type public.team_role as enum ('owner', 'admin', 'member');
alter table public.team_members add column role public.team_role not null default 'member';
update public.team_members set role = 'admin' where is_admin;

drop policy "admins rename teams" on public.teams;
drop policy "admins upload team files" on storage.objects;
drop function private.is_team_admin(bigint);

create function private.has_team_role(team bigint, min_role public.team_role default 'member')
returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (select 1 from public.team_members m
                 where m.team_id = team and m.user_id = (select auth.uid()) and m.role <= min_role);
$$;
revoke execute on function private.has_team_role(bigint, public.team_role) from public, anon;
grant execute on function private.has_team_role(bigint, public.team_role) to authenticated;

alter table public.team_members drop column is_admin;

create policy "admins rename teams" on public.teams
  for update to authenticated using ((select private.has_team_role(id, 'admin')));
create policy "admins upload team files" on storage.objects
  for insert to authenticated
  with check (bucket_id = 'team-files' and (select private.has_team_role(((storage.foldername(name))[1])::bigint, 'admin')));
create policy "owners delete team files" on storage.objects
  for delete to authenticated
  using (bucket_id = 'team-files' and (select private.has_team_role(((storage.foldername(name))[1])::bigint, 'owner')));

drop trigger on_auth_user_created on auth.users;
drop function public.handle_new_user();
create function private.handle_new_user()
returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.profiles (id, email, display_name)
  values (new.id, new.email, coalesce(new.raw_user_meta_data ->> 'full_name', split_part(new.email, '@', 1)));
  return new;
end;
$$;
create trigger on_auth_user_created
  after insert on auth.users
  for each row execute procedure private.handle_new_user();

drop function public.my_teams();
create function public.my_teams()
returns table (id bigint, name text, role public.team_role)
language sql stable
as $$
  select t.id, t.name, m.role from public.teams t
  join public.team_members m on m.team_id = t.id
  where m.user_id = (select auth.uid());
$$;

drop function public.create_team(text);
create function public.create_team(name text, owner uuid default auth.uid())
returns bigint
language plpgsql security definer set search_path = ''
as $$
declare
  new_id bigint;
begin
  insert into public.teams (name) values (create_team.name) returning id into new_id;
  insert into public.team_members (team_id, user_id, role) values (new_id, owner, 'owner');
  return new_id;
end;
$$;
revoke execute on function public.create_team(text, uuid) from public, anon;
