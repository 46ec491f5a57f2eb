-- An expression index over a private helper on a table rebuilt for a column added in the middle, while the helper gains a defaulted argument (a new overload): the old helper must be gone before the new table's index calls the name.

create schema private;

create function private.slugify(value text, sep text default '-') returns text
language sql immutable
as $$ select lower(regexp_replace(value, '[^a-zA-Z0-9]+', sep, 'g')) $$;

create table public.posts (
  id bigint primary key,
  author_id uuid,
  title text not null
);

create index posts_slug_idx on public.posts (private.slugify(title));
