-- One embedding per tool, resource and prompt, searched by cosine similarity.

create table public.mcp_unified_search_embeddings (
  id uuid primary key default gen_random_uuid(),
  item_type text not null check (item_type in ('tool', 'resource', 'prompt')),
  item_id bigint not null,
  item_name text not null,
  content text not null,
  embedding extensions.vector(1536) not null,
  model text not null default 'text-embedding-3-small',
  metadata jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint mcp_unified_search_embeddings_item_key unique (item_type, item_id)
);
create index mcp_unified_search_embeddings_embedding_idx
  on public.mcp_unified_search_embeddings
  using hnsw (embedding extensions.vector_cosine_ops)
  with (m = 16, ef_construction = 64);
create index mcp_unified_search_embeddings_item_type_idx
  on public.mcp_unified_search_embeddings (item_type);

create trigger mcp_unified_search_embeddings_set_updated_at
  before update on public.mcp_unified_search_embeddings
  for each row execute function public.set_updated_at();

alter table public.mcp_unified_search_embeddings enable row level security;
create policy "Search embeddings are public" on public.mcp_unified_search_embeddings
  for select to anon, authenticated using (true);

create or replace function public.search_mcp_items(
  query_embedding extensions.vector,
  match_count integer default 10,
  item_types text[] default array['tool', 'resource', 'prompt'],
  min_similarity double precision default 0.5
)
returns table (item_type text, item_id bigint, item_name text, content text, similarity double precision)
language sql
stable
set search_path = ''
as $$
  select e.item_type,
         e.item_id,
         e.item_name,
         e.content,
         1 - (e.embedding operator(extensions.<=>) query_embedding) as similarity
  from public.mcp_unified_search_embeddings e
  where e.item_type = any (item_types)
    and 1 - (e.embedding operator(extensions.<=>) query_embedding) >= min_similarity
  order by e.embedding operator(extensions.<=>) query_embedding
  limit least(match_count, 100);
$$;
