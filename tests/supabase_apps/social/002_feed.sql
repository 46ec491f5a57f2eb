-- Feed views, mutual follows (self join), follower counts as a materialized view with a refresh RPC.
create view public.mutual_follows with (security_invoker = on) as
  select a.follower_id as profile_id, a.followee_id as friend_id, greatest(a.created_at, b.created_at) as since
  from public.follows a
  join public.follows b on b.follower_id = a.followee_id and b.followee_id = a.follower_id;
comment on view public.mutual_follows is 'Pairs following each other';

create view public.feed with (security_invoker = on) as
  select p.id, p.author_id, pr.username, pr.display_name, p.content, p.topics, p.created_at,
         (select count(*) from public.likes l where l.post_id = p.id) as like_count
  from public.posts p
  join public.profiles pr on pr.id = p.author_id
  where p.deleted_at is null
    and (p.author_id = (select auth.uid())
         or p.author_id in (select f.followee_id from public.follows f where f.follower_id = (select auth.uid())));
comment on view public.feed is 'Posts by the caller and by the accounts they follow';
comment on column public.feed.like_count is 'Number of likes';

create materialized view public.profile_stats as
  select pr.id as profile_id,
         (select count(*) from public.follows f where f.followee_id = pr.id) as followers,
         (select count(*) from public.follows f where f.follower_id = pr.id) as following,
         (select count(*) from public.posts p where p.author_id = pr.id and p.deleted_at is null) as posts
  from public.profiles pr
with no data;
create unique index profile_stats_profile_id_idx on public.profile_stats (profile_id);
comment on materialized view public.profile_stats is 'Counts refreshed by refresh_profile_stats()';
revoke all on public.profile_stats from anon, authenticated;
grant select on public.profile_stats to authenticated;

create function public.refresh_profile_stats()
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  refresh materialized view concurrently public.profile_stats;
end;
$$;
comment on function public.refresh_profile_stats() is 'Called by pg_cron every 5 minutes';
revoke execute on function public.refresh_profile_stats() from public, anon, authenticated;

create function public.is_admin()
returns boolean
language sql
stable
as $$
  select coalesce(auth.jwt() ->> 'user_role', '') = 'admin'
$$;

create policy "Admins can delete any post" on public.posts for delete to authenticated
  using ((select public.is_admin()));

create function public.suggested_follows(how_many integer default 10)
returns setof public.profiles
language sql
stable
security invoker
as $$
  select pr.* from public.profiles pr
  where pr.id <> auth.uid()
    and pr.interests && (select interests from public.profiles where id = auth.uid())
    and not exists (select 1 from public.follows f where f.follower_id = auth.uid() and f.followee_id = pr.id)
  limit how_many;
$$;

alter publication supabase_realtime add table public.posts, public.likes;
