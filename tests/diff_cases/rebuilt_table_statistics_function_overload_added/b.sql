-- min_version: 14
-- Extended statistics over an expression calling a private helper, on a table rebuilt for a column added in the middle, while the helper gains a defaulted argument (a new overload): the old copy's statistics must go before the old helper.

create schema private;

create function private.slugify(value text, sep text default '-') returns text
language sql immutable
as $$ select lower(regexp_replace(value, '[^a-zA-Z0-9]+', sep, 'g')) $$;

create table public.posts (
  id bigint primary key,
  author_id uuid,
  title text not null,
  category text
);

create statistics posts_slug_category_stats on (private.slugify(title)), category from public.posts;
