-- A SQL search function over rag_chunks, with a comment naming the function without arguments.
-- Adapted: rag_documents and rag_chunks come from the repository's schema.sql, outside its
-- migration history (upstream this migration fails on a fresh project); minimal stand-ins first.
create table if not exists public.rag_documents (
  id uuid primary key default gen_random_uuid(),
  title text not null,
  created_at timestamptz not null default now()
);
create table if not exists public.rag_chunks (
  id bigserial primary key,
  document_id uuid references public.rag_documents (id) on delete cascade,
  chunk text not null,
  embedding vector(1536),
  metadata jsonb not null default '{}'::jsonb
);

CREATE OR REPLACE FUNCTION public.match_documents(
  query_embedding vector(1536),
  match_threshold float,
  match_count int
)
RETURNS TABLE (
  id bigint,
  document_id uuid,
  content text,
  similarity float,
  metadata jsonb
)
LANGUAGE sql STABLE
AS $$
  select
    c.id,
    c.document_id,
    c.chunk as content,
    1 - (c.embedding <=> query_embedding) as similarity,
    c.metadata
  from public.rag_chunks c
  where 1 - (c.embedding <=> query_embedding) > match_threshold
  order by c.embedding <=> query_embedding
  limit match_count;
$$;

COMMENT ON FUNCTION public.match_documents IS 'Busca semântica em chunks de documentos para RAG. Retorna chunks de rag_chunks ordenados por similaridade de cosseno. Use com embeddings ada-002 (1536 dim). Ex: match_documents(query_emb, 0.78, 5);';
