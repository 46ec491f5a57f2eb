-- A range-partitioned posts table rebuilt for a column added in the middle, with an expression index over a private helper on the parent, while the helper gains a defaulted argument (a new overload): the old copies' indexes (the parent's and the detached partition's own) must go before the old helper.

create schema private;

create function private.slugify(value text) returns text
language sql immutable
as $$ select lower(regexp_replace(value, '[^a-zA-Z0-9]+', '-', 'g')) $$;

create table public.posts (
  id bigint not null,
  published_on date not null,
  title text not null,
  primary key (id, published_on)
) partition by range (published_on);

create table public.posts_2026 partition of public.posts
  for values from ('2026-01-01') to ('2027-01-01');

create index posts_slug_idx on public.posts (private.slugify(title));
