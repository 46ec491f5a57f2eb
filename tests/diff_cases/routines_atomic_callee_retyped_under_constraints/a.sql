-- min_version: 14
-- SQL-standard helpers (RETURN expr / BEGIN ATOMIC, real dependencies) change their argument
-- type while a CHECK, a domain CHECK, an expression index, a generated column, a policy and
-- other BEGIN ATOMIC functions call them.
create function public.normalize_slug(value varchar)
returns text
language sql immutable
return lower(regexp_replace(trim(value), '[^a-zA-Z0-9]+', '-', 'g'));

create function public.is_valid_slug(value varchar)
returns boolean
language sql immutable
begin atomic
  select value ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(value) between 3 and 64;
end;

create domain public.slug as text check (public.is_valid_slug(value));

create function public.slug_from(title varchar, suffix int default null)
returns public.slug
language sql immutable
begin atomic
  select (public.normalize_slug(title) || coalesce('-' || suffix, ''))::public.slug;
end;

create table public.posts (
  id bigint generated always as identity primary key,
  title varchar(200) not null,
  slug text not null check (public.is_valid_slug(slug)),
  search_key text generated always as (public.normalize_slug(title)) stored,
  author_id uuid not null
);
create index posts_slug_key on public.posts (public.normalize_slug(slug));

alter table public.posts enable row level security;
create policy "slugs must be normalized" on public.posts for insert
  with check (slug = public.normalize_slug(slug));

create function public.post_url(p public.posts)
returns text
language sql stable
return '/posts/' || public.normalize_slug(p.slug);
