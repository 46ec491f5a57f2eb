-- min_version: 18
-- requires_extension: vector
-- RAG app: pgvector embeddings with an HNSW index, a SQL search function, trigram and full-text indexes, moddatetime.
create extension if not exists vector with schema extensions;
create extension if not exists pg_trgm with schema extensions;
create extension if not exists moddatetime with schema extensions;
create table documents (
  id bigserial primary key,
  content text,
  metadata jsonb default '{}'::jsonb,
  embedding extensions.vector(1536),
  fts tsvector generated always as (to_tsvector('english', coalesce(content, ''))) stored,
  owner_id uuid default auth.uid() references auth.users(id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index on documents using hnsw (embedding extensions.vector_cosine_ops) with (m = 16, ef_construction = 64);
create index documents_fts_idx on documents using gin (fts);
create index documents_content_trgm on documents using gin (content extensions.gin_trgm_ops);
create trigger handle_updated_at before update on documents for each row execute procedure extensions.moddatetime (updated_at);
alter table documents enable row level security;
create policy "owners" on documents for all to authenticated using (owner_id = (select auth.uid())) with check (owner_id = (select auth.uid()));

create or replace function match_documents (
  query_embedding extensions.vector(1536),
  match_threshold float,
  match_count int
)
returns table (id bigint, content text, similarity float)
language sql stable
as $$
  select documents.id, documents.content, 1 - (documents.embedding operator(extensions.<=>) query_embedding) as similarity
  from documents
  where 1 - (documents.embedding operator(extensions.<=>) query_embedding) > match_threshold
  order by (documents.embedding operator(extensions.<=>) query_embedding) asc
  limit match_count;
$$;

revoke all on table documents from anon;
grant execute on function match_documents to authenticated;
revoke all on function match_documents from anon;
create policy "Read own files" on storage.objects for select to authenticated using (bucket_id = 'documents' and (select auth.uid()) = owner);
