-- Helpers rewritten as SQL-standard bodies (real dependencies on the table and the enum), a
-- member count computed column, the membership helper takes the team's row.
create or replace function private.is_team_member(team bigint)
returns boolean
language sql stable security definer set search_path = ''
begin atomic
  select exists (select 1 from public.team_members m
                 where m.team_id = team and m.user_id = (select auth.uid()));
end;

create function public.member_count(t public.teams)
returns bigint
language sql stable
begin atomic
  select count(*) from public.team_members m where m.team_id = t.id;
end;

create view public.team_directory with (security_invoker = true) as
  select t.id, t.name, public.member_count(t) as members from public.my_teams() t0
  join public.teams t on t.id = t0.id;
