-- The guide's documents table: an embedding column, an HNSW index, the embedding_input() function the edge function calls, triggers queueing jobs on insert and on update of the embedded columns, and RLS for the document owners.
create table documents (
  id integer primary key generated always as identity,
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  title text not null,
  content text not null,
  embedding extensions.vector(1536),
  created_at timestamp with time zone default now()
);

create index on documents using hnsw (embedding extensions.vector_cosine_ops);
create index documents_user_id_idx on documents (user_id);

-- Customize the input for embedding generation
-- e.g. Concatenate title and content with a markdown header
create or replace function embedding_input(doc documents)
returns text
language plpgsql
immutable
as $$
begin
  return '# ' || doc.title || E'\n\n' || doc.content;
end;
$$;

-- Trigger for insert events
create trigger embed_documents_on_insert
  after insert
  on documents
  for each row
  execute function util.queue_embeddings('embedding_input', 'embedding');

-- Trigger for update events
create trigger embed_documents_on_update
  after update of title, content -- must match the columns in embedding_input()
  on documents
  for each row
  execute function util.queue_embeddings('embedding_input', 'embedding');

-- Clear the stale embedding until the new one arrives
create trigger clear_document_embedding_on_update
  before update of title, content -- must match the columns in embedding_input()
  on documents
  for each row
  execute function util.clear_column('embedding');

alter table documents enable row level security;

create policy "Users can read their documents" on documents
  for select to authenticated
  using ((select auth.uid()) = user_id);

create policy "Users can add documents" on documents
  for insert to authenticated
  with check ((select auth.uid()) = user_id);

create policy "Users can edit their documents" on documents
  for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);

create policy "Users can delete their documents" on documents
  for delete to authenticated
  using ((select auth.uid()) = user_id);
