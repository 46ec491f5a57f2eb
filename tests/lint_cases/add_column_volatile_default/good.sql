alter table users add column created_at timestamptz not null default now();
alter table users add column status text not null default 'active';
alter table users alter column public_id set default gen_random_uuid();
create table t (id uuid primary key default gen_random_uuid());
alter table t add column n bigint default nextval('t_seq');
