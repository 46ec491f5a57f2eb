-- Semantic search over the current user's memories, and a per-user overview.

create or replace function public.match_memories(
  query_embedding extensions.vector,
  match_threshold double precision default 0.75,
  match_count integer default 10,
  memory_types text[] default array['episodic', 'factual', 'semantic', 'procedural']
)
returns table (memory_type text, id uuid, content text, importance_score real, similarity double precision)
language sql
stable
set search_path = ''
as $$
  select m.memory_type, m.id, m.content, m.importance_score, m.similarity
  from (
    select 'episodic' as memory_type, e.id, e.content, e.importance_score,
           1 - (e.embedding operator(extensions.<=>) query_embedding) as similarity
    from public.episodic_memories e
    where e.user_id = (select auth.uid()) and e.embedding is not null
      and 'episodic' = any (memory_types)
    union all
    select 'factual', f.id, f.content, f.importance_score,
           1 - (f.embedding operator(extensions.<=>) query_embedding)
    from public.factual_memories f
    where f.user_id = (select auth.uid()) and f.embedding is not null
      and 'factual' = any (memory_types)
    union all
    select 'semantic', s.id, s.content, s.importance_score,
           1 - (s.embedding operator(extensions.<=>) query_embedding)
    from public.semantic_memories s
    where s.user_id = (select auth.uid()) and s.embedding is not null
      and 'semantic' = any (memory_types)
    union all
    select 'procedural', p.id, p.content, p.importance_score,
           1 - (p.embedding operator(extensions.<=>) query_embedding)
    from public.procedural_memories p
    where p.user_id = (select auth.uid()) and p.embedding is not null
      and 'procedural' = any (memory_types)
  ) m
  where m.similarity >= match_threshold
  order by m.similarity desc, m.importance_score desc
  limit least(match_count, 200);
$$;

comment on function public.match_memories(extensions.vector, double precision, integer, text[]) is
  'Memories of the signed-in user most similar to query_embedding (cosine), best first.';

-- Forget working memories whose time is up; returns how many went.
create or replace function public.expire_working_memories()
returns integer
language sql
security definer
set search_path = ''
as $$
  with gone as (
    delete from public.working_memories where expires_at < now() returning 1
  )
  select count(*)::integer from gone;
$$;
revoke execute on function public.expire_working_memories() from anon, authenticated;

create view public.memory_overview
with (security_invoker = true)
as
select u.id as user_id,
       (select count(*) from public.episodic_memories e where e.user_id = u.id) as episodic,
       (select count(*) from public.factual_memories f where f.user_id = u.id) as factual,
       (select count(*) from public.semantic_memories s where s.user_id = u.id) as semantic,
       (select count(*) from public.procedural_memories p where p.user_id = u.id) as procedural,
       (select count(*) from public.working_memories w where w.user_id = u.id and w.expires_at > now()) as working,
       (select count(*) from public.session_memories sm where sm.user_id = u.id) as session
from public.users u;
