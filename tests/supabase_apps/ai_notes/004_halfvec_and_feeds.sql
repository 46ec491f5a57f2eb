-- Later: halfvec expression index for the big table, partial index per status, a second publication
-- for the sync worker, column renamed while it sits in a publication column list.
drop index public.notes_embedding_hnsw_idx;
create index notes_embedding_halfvec_idx on public.notes
  using hnsw ((embedding::extensions.halfvec(512)) extensions.halfvec_cosine_ops)
  with (m = 16, ef_construction = 64)
  where status = 'active';

drop index public.note_chunks_embedding_idx;
create index note_chunks_embedding_idx on public.note_chunks using ivfflat (embedding extensions.vector_ip_ops)
  with (lists = 50);

alter table public.notes rename column title to heading;
alter table public.notes add column summary_embedding extensions.halfvec(256);
create index notes_summary_embedding_idx on public.notes using hnsw (summary_embedding extensions.halfvec_l2_ops);

create publication sync_worker for table public.notebooks, public.notes (id, notebook_id, heading, updated_at)
  with (publish = 'insert, update');

alter publication supabase_realtime drop table public.note_chunks;
alter publication supabase_realtime add table public.notebooks (id, title, is_shared) where (is_shared);

create or replace function public.match_notes(query_embedding extensions.halfvec(512), match_count int default 5)
returns table (id bigint, heading text, distance float)
language sql
stable
set search_path = ''
as $$
  select n.id, n.heading, (n.embedding::extensions.halfvec(512) operator(extensions.<=>) query_embedding)::float
  from public.notes n
  where n.status = 'active'
  order by n.embedding::extensions.halfvec(512) operator(extensions.<=>) query_embedding
  limit match_count;
$$;
