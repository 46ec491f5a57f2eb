-- Twitter-ish social app: citext usernames behind a domain, profiles, follows, posts, likes.
create extension if not exists citext with schema extensions;

create domain public.username as extensions.citext
  constraint username_length check (char_length(value) between 3 and 24)
  constraint username_format check (value ~ '^[A-Za-z0-9_]+$');
comment on domain public.username is 'Handle shown as @name, case-insensitive';

create type public.interest as enum ('music', 'sports', 'tech', 'art', 'food');
comment on type public.interest is 'Topics a profile can follow';

create table public.profiles (
  id uuid not null references auth.users on delete cascade,
  username public.username not null,
  display_name text,
  bio text check (length(bio) <= 160),
  avatar_url text,
  interests public.interest[] not null default '{}',
  is_private boolean not null default false,
  created_at timestamptz not null default timezone('utc', now()),
  primary key (id),
  unique (username)
);
comment on table public.profiles is 'Public profile for each auth user';
comment on column public.profiles.username is 'Unique handle';
comment on column public.profiles.interests is 'Enum array of topics';

create table public.follows (
  follower_id uuid not null references public.profiles (id) on delete cascade,
  followee_id uuid not null references public.profiles (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (follower_id, followee_id),
  constraint follows_no_self_follow check (follower_id <> followee_id)
);
create index follows_followee_id_idx on public.follows (followee_id);
comment on table public.follows is 'Directed follow graph';

create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null references public.profiles (id) on delete cascade,
  reply_to uuid references public.posts (id) on delete set null,
  content varchar(280) not null,
  topics public.interest[],
  created_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index posts_author_id_created_at_idx on public.posts (author_id, created_at desc);
create index posts_topics_idx on public.posts using gin (topics);
comment on table public.posts is 'Short posts and replies';
comment on column public.posts.deleted_at is 'Soft delete marker';

create table public.likes (
  post_id uuid not null references public.posts (id) on delete cascade,
  profile_id uuid not null references public.profiles (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (post_id, profile_id)
);

alter table public.profiles enable row level security;
alter table public.follows enable row level security;
alter table public.posts enable row level security;
alter table public.likes enable row level security;

create policy "Profiles are viewable by everyone" on public.profiles for select using (true);
create policy "Users can update own profile" on public.profiles for update to authenticated
  using ((select auth.uid()) = id);
create policy "Users can insert their own profile" on public.profiles for insert to authenticated
  with check ((select auth.uid()) = id);

create policy "Follows are public" on public.follows for select using (true);
create policy "Users follow as themselves" on public.follows for insert to authenticated
  with check ((select auth.uid()) = follower_id);
create policy "Users unfollow as themselves" on public.follows for delete to authenticated
  using ((select auth.uid()) = follower_id);

create policy "Posts are readable" on public.posts for select using (deleted_at is null);
create policy "Authors write posts" on public.posts for insert to authenticated
  with check ((select auth.uid()) = author_id);
create policy "Authors edit posts" on public.posts for update to authenticated
  using ((select auth.uid()) = author_id);
-- banned users may do nothing, whatever other policy says
create policy "Banned users cannot post" on public.posts as restrictive for insert to authenticated
  with check (coalesce((auth.jwt() -> 'app_metadata' ->> 'banned')::boolean, false) = false);

create policy "Likes are public" on public.likes for select using (true);
create policy "Users like as themselves" on public.likes for all to authenticated
  using ((select auth.uid()) = profile_id) with check ((select auth.uid()) = profile_id);

revoke all on public.likes from anon;
revoke insert, update, delete on public.profiles from anon;
revoke update on public.profiles from authenticated;
grant update (display_name, bio, avatar_url, interests, is_private) on public.profiles to authenticated;
