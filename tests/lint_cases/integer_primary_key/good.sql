create table a (id bigint generated always as identity primary key);
create table b (id uuid primary key default gen_random_uuid());
create table c (id bigserial primary key, n integer not null);
