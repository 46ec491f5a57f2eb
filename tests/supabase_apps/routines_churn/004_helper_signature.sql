-- The membership helper gains a defaulted role argument (another signature): it is dropped with
-- its policies, on public tables and on storage.objects, and they are made again on the new one.
-- The auth.users trigger runs only for confirmed users, through a helper with a WHEN clause.
drop function private.is_team_member(bigint) cascade;

create function private.is_team_member(team bigint, min_role public.team_role default 'member')
returns boolean
language sql stable security definer set search_path = ''
begin atomic
  select exists (select 1 from public.team_members m
                 where m.team_id = team and m.user_id = (select auth.uid()) and m.role <= min_role);
end;
revoke execute on function private.is_team_member(bigint, public.team_role) from public, anon;
grant execute on function private.is_team_member(bigint, public.team_role) to authenticated;

create policy "members read teams" on public.teams
  for select to authenticated using ((select private.is_team_member(id)));
create policy "members see members" on public.team_members
  for select to authenticated using ((select private.is_team_member(team_id)));
create policy "members read team files" on storage.objects
  for select to authenticated
  using (bucket_id = 'team-files' and (select private.is_team_member(((storage.foldername(name))[1])::bigint)));

create function private.is_confirmed(confirmed_at timestamptz)
returns boolean
language sql immutable
return confirmed_at is not null;

drop trigger on_auth_user_created on auth.users;
create trigger on_auth_user_created
  after insert or update of email_confirmed_at on auth.users
  for each row when (private.is_confirmed(new.email_confirmed_at))
  execute procedure private.handle_new_user();
