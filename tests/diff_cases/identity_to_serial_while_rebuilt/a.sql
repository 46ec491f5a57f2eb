-- A table rebuilt (a column added in the middle) while its identity column becomes a serial one: the old identity sequence is renamed out of the way before the serial sequence of the same name is created.

create table public.posts (
  id bigserial primary key,
  edited boolean not null default false,
  body text not null
);
