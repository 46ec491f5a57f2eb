-- Switch to text-embedding-3-small at 512 dims: embeddings are recomputed, indexes rebuilt with hnsw everywhere,
-- realtime payload changes.
drop function public.match_note_chunks(extensions.vector, float, int);
drop function public.match_notes(extensions.vector, int);

drop index public.notes_embedding_hnsw_idx;
drop index public.notes_embedding_ip_idx;
alter table public.notes alter column embedding type extensions.vector(512) using null;
create index notes_embedding_hnsw_idx on public.notes using hnsw (embedding extensions.vector_cosine_ops)
  with (m = 24, ef_construction = 100);

drop index public.note_chunks_embedding_idx;
alter table public.note_chunks alter column embedding type extensions.vector(512) using null;
alter table public.note_chunks alter column embedding drop not null;
create index note_chunks_embedding_idx on public.note_chunks using hnsw (embedding extensions.vector_cosine_ops);

create function public.match_note_chunks(
  query_embedding extensions.vector(512),
  match_threshold float default 0.5,
  match_count int default 10
)
returns table (note_id bigint, chunk_index integer, content text, similarity float)
language sql
stable
set search_path = ''
as $$
  select c.note_id, c.chunk_index, c.content, 1 - (c.embedding operator(extensions.<=>) query_embedding) as similarity
  from public.note_chunks c
  where 1 - (c.embedding operator(extensions.<=>) query_embedding) > match_threshold
  order by c.embedding operator(extensions.<=>) query_embedding
  limit match_count;
$$;

-- publication: notes now also sends body but only for non-archived, notebooks removed, chunks added
alter publication supabase_realtime set table public.notes (id, notebook_id, owner_id, title, body, status, updated_at)
  where (status <> 'archived'), public.note_tags, public.note_chunks (id, note_id, chunk_index);

update storage.buckets set public = false, file_size_limit = 10485760, allowed_mime_types = array['image/png', 'image/jpeg', 'application/pdf'] where id = 'attachments';
drop policy "notebook owners delete attachments" on storage.objects;
create policy "notebook owners delete attachments" on storage.objects for delete to authenticated
  using (bucket_id = 'attachments' and owner_id = (select auth.uid())::text and (storage.foldername(name))[1] is not null);
