-- min_version: 14
-- A routine keeps its name and arguments but changes kind: a function becomes a procedure, a
-- helper function becomes an aggregate, an aggregate becomes a plain function; a function
-- loses a parameter default (CREATE OR REPLACE cannot remove one).
create table public.jobs (
  id bigint generated always as identity primary key,
  queue text not null default 'default',
  payload jsonb not null default '{}',
  run_at timestamptz not null default now(),
  attempts int not null default 0
);

create procedure public.purge_jobs(older_than interval)
language sql
as $$
  delete from public.jobs where run_at < now() - older_than;
$$;

create function public.jsonb_merge(a jsonb, b jsonb)
returns jsonb
language sql immutable
return coalesce(a, '{}') || coalesce(b, '{}');

create aggregate public.merge_payloads(jsonb[]) (
  sfunc = array_cat,
  stype = jsonb[]
);

create function public.max_attempts(int)
returns int
language sql immutable
return $1;

create function public.retry_delay(attempts int, base interval)
returns interval
language sql immutable
return base * power(2, attempts);
