-- Six kinds of memory per user, each with an optional 1536-dimension embedding.

create table public.episodic_memories (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  session_id uuid references public.sessions (id) on delete set null,
  content text not null,
  event_type text not null default 'interaction',
  location text,
  participants text[] not null default '{}',
  emotional_valence real check (emotional_valence between -1 and 1),
  occurred_at timestamptz not null default now(),
  embedding extensions.vector(1536),
  importance_score real not null default 0.5 check (importance_score between 0 and 1),
  access_count integer not null default 0,
  last_accessed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index episodic_memories_user_id_idx on public.episodic_memories (user_id, occurred_at desc);

create table public.factual_memories (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  subject text not null,
  predicate text not null,
  object text not null,
  content text generated always as (subject || ' ' || predicate || ' ' || object) stored,
  confidence real not null default 0.8 check (confidence between 0 and 1),
  source text,
  verified boolean not null default false,
  embedding extensions.vector(1536),
  importance_score real not null default 0.5 check (importance_score between 0 and 1),
  access_count integer not null default 0,
  last_accessed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint factual_memories_triple_key unique (user_id, subject, predicate, object)
);

create table public.semantic_memories (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  concept text not null,
  content text not null,
  category text not null default 'general',
  related_concepts text[] not null default '{}',
  abstraction_level smallint not null default 1 check (abstraction_level between 1 and 5),
  embedding extensions.vector(1536),
  importance_score real not null default 0.5 check (importance_score between 0 and 1),
  access_count integer not null default 0,
  last_accessed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint semantic_memories_concept_key unique (user_id, concept)
);
create index semantic_memories_related_concepts_idx on public.semantic_memories using gin (related_concepts);

create table public.procedural_memories (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  skill_name text not null,
  content text not null,
  steps jsonb not null default '[]'::jsonb check (jsonb_typeof(steps) = 'array'),
  difficulty_level smallint not null default 1 check (difficulty_level between 1 and 5),
  success_rate real not null default 0 check (success_rate between 0 and 1),
  times_used integer not null default 0,
  embedding extensions.vector(1536),
  importance_score real not null default 0.5 check (importance_score between 0 and 1),
  access_count integer not null default 0,
  last_accessed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint procedural_memories_skill_key unique (user_id, skill_name)
);

create table public.working_memories (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  session_id uuid references public.sessions (id) on delete cascade,
  task_id text not null,
  content text not null,
  context jsonb not null default '{}'::jsonb,
  priority smallint not null default 3 check (priority between 1 and 5),
  expires_at timestamptz not null default (now() + interval '1 hour'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index working_memories_expires_at_idx on public.working_memories (expires_at);
create index working_memories_user_task_idx on public.working_memories (user_id, task_id);

create table public.session_memories (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  session_id uuid not null references public.sessions (id) on delete cascade,
  conversation_summary text not null default '',
  key_decisions jsonb not null default '[]'::jsonb,
  ongoing_tasks jsonb not null default '[]'::jsonb,
  interaction_count integer not null default 0,
  embedding extensions.vector(1536),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint session_memories_session_key unique (session_id)
);

create table public.memory_associations (
  id bigint generated always as identity primary key,
  user_id uuid not null references public.users (id) on delete cascade,
  source_type text not null check (source_type in ('episodic', 'factual', 'semantic', 'procedural')),
  source_id uuid not null,
  target_type text not null check (target_type in ('episodic', 'factual', 'semantic', 'procedural')),
  target_id uuid not null,
  association_type text not null default 'related',
  strength real not null default 0.5 check (strength between 0 and 1),
  created_at timestamptz not null default now(),
  constraint memory_associations_no_self_link check (source_id <> target_id),
  constraint memory_associations_pair_key unique (source_type, source_id, target_type, target_id)
);
create index memory_associations_target_idx on public.memory_associations (target_type, target_id);

-- Vector indexes on the memories searched most.
create index episodic_memories_embedding_idx on public.episodic_memories
  using hnsw (embedding extensions.vector_cosine_ops);
create index factual_memories_embedding_idx on public.factual_memories
  using hnsw (embedding extensions.vector_cosine_ops);
create index semantic_memories_embedding_idx on public.semantic_memories
  using hnsw (embedding extensions.vector_cosine_ops);

create trigger episodic_memories_set_updated_at before update on public.episodic_memories
  for each row execute function public.set_updated_at();
create trigger factual_memories_set_updated_at before update on public.factual_memories
  for each row execute function public.set_updated_at();
create trigger semantic_memories_set_updated_at before update on public.semantic_memories
  for each row execute function public.set_updated_at();
create trigger procedural_memories_set_updated_at before update on public.procedural_memories
  for each row execute function public.set_updated_at();
create trigger working_memories_set_updated_at before update on public.working_memories
  for each row execute function public.set_updated_at();
create trigger session_memories_set_updated_at before update on public.session_memories
  for each row execute function public.set_updated_at();

alter table public.episodic_memories enable row level security;
alter table public.factual_memories enable row level security;
alter table public.semantic_memories enable row level security;
alter table public.procedural_memories enable row level security;
alter table public.working_memories enable row level security;
alter table public.session_memories enable row level security;
alter table public.memory_associations enable row level security;

create policy "Users own their episodic memories" on public.episodic_memories
  for all to authenticated using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
create policy "Users own their factual memories" on public.factual_memories
  for all to authenticated using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
create policy "Users own their semantic memories" on public.semantic_memories
  for all to authenticated using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
create policy "Users own their procedural memories" on public.procedural_memories
  for all to authenticated using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
create policy "Users own their working memories" on public.working_memories
  for all to authenticated using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
create policy "Users own their session memories" on public.session_memories
  for all to authenticated using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
create policy "Users own their memory associations" on public.memory_associations
  for all to authenticated using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
