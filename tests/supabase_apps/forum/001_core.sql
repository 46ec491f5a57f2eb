-- Discussion forum: categories, threads, posts, tags, reactions. Classic serial ids.
create table public.categories (
  id serial primary key,
  slug text not null,
  name text not null,
  position integer not null default 0,
  constraint categories_slug_key unique (slug)
);

create table public.threads (
  id serial primary key,
  category_id integer not null references public.categories (id) on delete cascade,
  author_id uuid references auth.users (id) on delete set null,
  title text not null check (char_length(title) between 3 and 120),
  slug text generated always as (lower(regexp_replace(title, '[^a-zA-Z0-9]+', '-', 'g'))) stored,
  locked boolean default false,
  pinned boolean not null default false,
  reply_count integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz
);
create index threads_category_id_idx on public.threads (category_id, created_at desc);

create table public.posts (
  id serial primary key,
  thread_id integer not null references public.threads (id) on delete cascade,
  author_id uuid references auth.users (id) on delete set null,
  body text not null,
  score integer not null default 0 check (score >= -1000),
  edited boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz
);
create index posts_thread_id_idx on public.posts (thread_id);

create table public.tags (
  id serial primary key,
  name text not null,
  constraint tags_name_key unique (name)
);

create table public.thread_tags (
  thread_id integer not null references public.threads (id) on delete cascade,
  tag_id integer not null references public.tags (id) on delete cascade,
  primary key (thread_id, tag_id)
);

create table public.post_reactions (
  post_id integer not null references public.posts (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  emoji text not null default '👍',
  created_at timestamptz default now(),
  primary key (post_id, user_id)
);

create table public.moderation_log (
  id serial primary key,
  thread_id integer references public.threads (id),
  action text not null,
  moderator uuid,
  at timestamptz not null default now()
);

-- updated_at trigger
create function public.set_updated_at()
returns trigger
language plpgsql
as $$
begin
  new.updated_at = now();
  return new;
end;
$$;

create trigger threads_set_updated_at before update on public.threads
  for each row execute function public.set_updated_at();
create trigger posts_set_updated_at before update on public.posts
  for each row execute function public.set_updated_at();

-- reply counter
create function public.bump_reply_count(p_thread integer, p_delta integer)
returns void
language sql
as $$
  update public.threads set reply_count = reply_count + p_delta where id = p_thread;
$$;

create function public.on_post_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform public.bump_reply_count(new.thread_id, 1);
  elsif tg_op = 'DELETE' then
    perform public.bump_reply_count(old.thread_id, -1);
  end if;
  return null;
end;
$$;

create trigger posts_reply_count after insert or delete on public.posts
  for each row execute function public.on_post_change();

-- views
create view public.thread_list with (security_invoker = on) as
  select t.id, t.title, t.slug, c.name as category, t.reply_count, t.created_at
  from public.threads t
  join public.categories c on c.id = t.category_id
  order by t.pinned desc, t.created_at desc;

create view public.post_details as
  select p.id, p.thread_id, p.body, p.score, p.edited, p.created_at,
         (select count(*) from public.post_reactions r where r.post_id = p.id) as reactions
  from public.posts p;

-- RLS
alter table public.categories enable row level security;
alter table public.threads enable row level security;
alter table public.posts enable row level security;
alter table public.post_reactions enable row level security;

create policy "categories are public" on public.categories for select using (true);
create policy "threads readable by members" on public.threads for select to authenticated using (true);
create policy "authors create threads" on public.threads for insert to authenticated
  with check (author_id = (select auth.uid()));
create policy "authors edit threads" on public.threads for update to authenticated
  using (author_id = (select auth.uid()) and not locked);
create policy "posts readable by members" on public.posts for select to authenticated using (true);
create policy "authors write posts" on public.posts for insert to authenticated
  with check (author_id = (select auth.uid()));
create policy "own reactions" on public.post_reactions for all to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));

grant usage, select on sequence public.threads_id_seq to authenticated;
grant usage on sequence public.posts_id_seq to authenticated;
revoke all on sequence public.moderation_log_id_seq from anon, authenticated;
revoke all on table public.moderation_log from anon, authenticated;
