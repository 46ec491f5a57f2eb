-- A serial-keyed usage table becomes range-partitioned with an identity key (a rebuild): the serial sequence must be out of the way before the identity sequence of the same name is made.

create table public.plan_usages (
  id serial primary key,
  user_id uuid not null,
  usage integer not null,
  created_at timestamptz not null default current_timestamp
);
