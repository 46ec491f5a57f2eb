-- A serial-keyed usage table becomes range-partitioned with an identity key (a rebuild): the serial sequence must be out of the way before the identity sequence of the same name is made.

create table public.plan_usages (
  id bigint generated always as identity,
  user_id uuid not null,
  usage integer not null,
  created_at timestamptz not null default current_timestamp,
  primary key (id, created_at)
) partition by range (created_at);
create table public.plan_usages_2026_11 partition of public.plan_usages
  for values from ('2026-11-01') to ('2026-12-01');
