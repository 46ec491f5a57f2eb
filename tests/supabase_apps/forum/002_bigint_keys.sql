-- We ran out of headroom: threads and posts go to bigint, tags get a per-category scope,
-- the moderation log moves into a private schema, reactions table is renamed.
drop view public.thread_list;
drop view public.post_details;

alter table public.threads alter column id type bigint;
alter sequence public.threads_id_seq as bigint;
alter table public.posts alter column thread_id type bigint;
alter table public.thread_tags alter column thread_id type bigint;
alter table public.moderation_log alter column thread_id type bigint;
alter table public.posts alter column id type bigint;
alter sequence public.posts_id_seq as bigint;
alter table public.post_reactions alter column post_id type bigint;

create or replace function public.bump_reply_count(p_thread bigint, p_delta integer)
returns void
language sql
as $$
  update public.threads set reply_count = reply_count + p_delta where id = p_thread;
$$;
drop function public.bump_reply_count(integer, integer);

-- tags are now unique per category: (category_id, name), and the PK of thread_tags gains a column
alter table public.tags add column category_id integer references public.categories (id) on delete cascade;
alter table public.tags drop constraint tags_name_key;
create unique index tags_category_name_idx on public.tags (category_id, lower(name));

alter table public.thread_tags add column added_by uuid not null default '00000000-0000-0000-0000-000000000000';
alter table public.thread_tags drop constraint thread_tags_pkey;
alter table public.thread_tags add primary key (thread_id, tag_id, added_by);

-- categories: slug unique constraint becomes a partial-free unique index we can build concurrently later
alter table public.categories drop constraint categories_slug_key;
create unique index categories_slug_idx on public.categories (slug);

create schema if not exists private;
revoke all on schema private from public;
alter table public.moderation_log set schema private;

alter table public.post_reactions rename to reactions;
alter index public.post_reactions_pkey rename to reactions_pkey;

create view public.thread_list with (security_invoker = on) as
  select t.id, t.title, t.slug, c.name as category, t.reply_count, t.created_at
  from public.threads t
  join public.categories c on c.id = t.category_id
  order by t.pinned desc, t.created_at desc;

create view public.post_details as
  select p.id, p.thread_id, p.body, p.score, p.edited, p.created_at,
         (select count(*) from public.reactions r where r.post_id = p.id) as reactions
  from public.posts p;

alter policy "threads readable by members" on public.threads to authenticated, anon;
alter policy "posts readable by members" on public.posts to authenticated, anon;
