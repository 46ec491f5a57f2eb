-- Later changes: a new status, a wider slug, a renamed column under a view, a new partition,
-- a policy rewritten, an index swapped, a function's body changed.
alter type public.task_status add value 'blocked' after 'doing';

alter table public.organizations alter column slug type text;
alter table public.tasks rename column due_on to due_date;
alter table public.tasks add column estimate interval;
alter table public.tasks add constraint estimate_positive check (estimate > interval '0');

create table public.audit_log_2026_12 partition of public.audit_log
  for values from ('2026-12-01') to ('2027-01-01');

drop index public.tasks_labels_idx;
create index tasks_assignee_idx on public.tasks (assignee) where assignee is not null;

drop policy "members read comments" on public.task_comments;
create policy "members read comments" on public.task_comments
  for select to authenticated using (
    task_id in (select t.id from public.tasks t where (select private.is_member(t.organization_id))));

create or replace function public.task_counts(org bigint) returns public.task_counts
language sql stable
as $$
  select count(*) filter (where status not in ('done')), count(*) filter (where status = 'done')
  from public.tasks where organization_id = org and parent_id is null;
$$;

alter default privileges in schema private revoke execute on functions from public;
