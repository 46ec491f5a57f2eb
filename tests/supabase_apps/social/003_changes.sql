-- Later: longer posts, new interest, username rules relaxed, restrictive policy rewritten,
-- the stats view gains a column, mutual_follows dropped, private profiles hidden.
alter type public.interest add value 'gaming';
alter type public.interest add value 'travel' after 'art';

drop view public.feed;
alter table public.posts alter column content type text;
alter table public.posts add constraint posts_content_length check (char_length(content) <= 500);
alter table public.posts add column edited_at timestamptz;
alter table public.posts rename column reply_to to in_reply_to;

create view public.feed with (security_invoker = on) as
  select p.id, p.author_id, pr.username, pr.display_name, p.content, p.topics, p.created_at, p.edited_at,
         (select count(*) from public.likes l where l.post_id = p.id) as like_count,
         p.in_reply_to
  from public.posts p
  join public.profiles pr on pr.id = p.author_id
  where p.deleted_at is null
    and (p.author_id = (select auth.uid())
         or p.author_id in (select f.followee_id from public.follows f where f.follower_id = (select auth.uid())));
comment on view public.feed is 'Home timeline';

alter domain public.username drop constraint username_length;
alter domain public.username add constraint username_length check (char_length(value) between 2 and 30);

drop policy "Banned users cannot post" on public.posts;
create policy "Banned users cannot post" on public.posts as restrictive for all to authenticated
  using (coalesce((auth.jwt() -> 'app_metadata' ->> 'banned')::boolean, false) = false)
  with check (coalesce((auth.jwt() -> 'app_metadata' ->> 'banned')::boolean, false) = false);

alter policy "Profiles are viewable by everyone" on public.profiles
  using (not is_private or (select auth.uid()) = id);
alter policy "Profiles are viewable by everyone" on public.profiles rename to "Public profiles are viewable";

drop view public.mutual_follows;

drop materialized view public.profile_stats;
create materialized view public.profile_stats as
  select pr.id as profile_id,
         (select count(*) from public.follows f where f.followee_id = pr.id) as followers,
         (select count(*) from public.follows f where f.follower_id = pr.id) as following,
         (select count(*) from public.posts p where p.author_id = pr.id and p.deleted_at is null) as posts,
         (select count(*) from public.likes l join public.posts p on p.id = l.post_id where p.author_id = pr.id) as likes_received
  from public.profiles pr
with no data;
create unique index profile_stats_profile_id_idx on public.profile_stats (profile_id);
revoke all on public.profile_stats from anon;

revoke update (is_private) on public.profiles from authenticated;
grant update (username) on public.profiles to authenticated;
comment on column public.profiles.bio is 'Up to 160 characters';
alter table public.profiles alter column created_at set default now();

create or replace function public.is_admin()
returns boolean
language sql
stable
set search_path = ''
as $$
  select coalesce(auth.jwt() -> 'app_metadata' ->> 'role', auth.jwt() ->> 'user_role', '') = 'admin'
$$;
