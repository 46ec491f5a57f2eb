-- min_version: 14
-- A composite type an RPC returns (no column uses it) has attributes retyped, dropped and added
-- in place (ALTER TYPE … ALTER / DROP / ADD ATTRIBUTE) while a view, a policy, a trigger's
-- WHEN, SQL-standard functions and a plpgsql function's parameter default read its attributes
-- (PostgreSQL refuses the ALTER while they do: they are dropped before it and made again
-- after); a CHECK and an index read them too.
create type public.task_counts as (open int, closed int, archived int);

create table public.tasks (
  id bigint generated always as identity primary key,
  org_id int not null,
  done boolean not null default false,
  archived boolean not null default false
);

create function public.task_counts(org int)
returns public.task_counts
language sql stable
as $$
  select count(*) filter (where not done and not archived),
         count(*) filter (where done and not archived),
         count(*) filter (where archived)
  from public.tasks where org_id = org;
$$;

create function public.open_tasks(org int)
returns int
language sql stable
return (public.task_counts(org)).open;

create function public.org_summary(org int)
returns table (open int, closed int)
language sql stable
begin atomic
  select c.open, c.closed from public.task_counts(org) c;
end;

create function public.counts_of(org int)
returns public.task_counts
language sql stable
begin atomic
  select (c).* from (select public.task_counts(org) as c) s;
end;

create function public.plan_quota(plan text)
returns public.task_counts
language sql immutable
as $$
  select case plan when 'pro' then 1000 else 50 end, 0, 0;
$$;

create table public.orgs (
  id int primary key,
  plan text not null default 'free',
  constraint quota_known check ((public.plan_quota(plan)).open > 0)
);
create index orgs_quota_idx on public.orgs (((public.plan_quota(plan)).open));

create function public.quota_note(org int, note text default (public.plan_quota('free')).open::text)
returns text
language plpgsql stable
as $$
begin
  return org::text || ': ' || note;
end;
$$;

create view public.org_dashboard as
  select distinct t.org_id, (public.task_counts(t.org_id)).open::text as open_label
  from public.tasks t;

create function public.tasks_guard()
returns trigger
language plpgsql
as $$
begin
  raise exception 'too many open tasks';
end;
$$;

create trigger tasks_limit before insert on public.tasks
  for each row when ((public.task_counts(new.org_id)).open > 500)
  execute function public.tasks_guard();

alter table public.tasks enable row level security;
create policy "orgs with open work" on public.tasks for select
  using ((public.task_counts(org_id)).closed >= 0);
