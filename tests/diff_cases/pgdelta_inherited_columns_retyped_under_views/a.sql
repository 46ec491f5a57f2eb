-- pg-delta regression inherited-dependency-edges: views, indexes and keys over columns partitions and children inherit (two levels of partitions, two parents), whose types change on the parents.
create table public.messages (
  id bigint generated always as identity,
  inserted_at timestamptz not null default now(),
  body text,
  primary key (id, inserted_at)
) partition by range (inserted_at);
create table public.messages_2024 partition of public.messages
  for values from ('2024-01-01') to ('2025-01-01');
create table public.messages_default partition of public.messages default;
create table public.messages_2025 partition of public.messages
  for values from ('2025-01-01') to ('2026-01-01') partition by hash (id);
create table public.messages_2025_h0 partition of public.messages_2025
  for values with (modulus 1, remainder 0);
create index on public.messages (body);
create table public.reactions (
  id int primary key, msg_id bigint, msg_at timestamptz,
  foreign key (msg_id, msg_at) references public.messages (id, inserted_at)
);
create function public.touch() returns trigger
  language plpgsql as $$begin return new; end$$;
create trigger messages_touch before update on public.messages
  for each row execute function public.touch();
-- local objects over inherited partition columns
create index messages_2024_at_idx on public.messages_2024 (inserted_at);
create view public.recent as select id, body from public.messages_2025_h0;
-- a reference to the identity column's backing sequence
create view public.next_id as
  select nextval('public.messages_id_seq'::regclass) as id;
create table public.pins (
  msg_id bigint, msg_at timestamptz,
  foreign key (msg_id, msg_at) references public.messages_2024 (id, inserted_at)
);
-- legacy (multiple) inheritance: inherited columns + inherited CHECK
create table public.base (v int check (v > 0));
create table public.other (w int);
create table public.child (extra int) inherits (public.base, public.other);
create view public.child_v as select v, w from public.child;
