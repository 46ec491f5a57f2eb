-- Not upstream: upstream 0006's commented-out "Option 1" applied the way its steps say (rename, partitioned copy by created_at with local ivfflat indexes, rows moved, old table dropped CASCADE, the materialized view made again); the new bigserial gets embeddings_id_seq1.
drop materialized view public.published_documents_cache;

alter table public.embeddings rename to embeddings_old;
alter table public.embeddings_old drop constraint embeddings_pkey;
alter table public.embeddings_old drop constraint embeddings_document_chunk_unique;
alter table public.embeddings_old drop constraint check_embeddings_metadata_valid;
alter table public.embeddings_old drop constraint check_content_length;

create table public.embeddings (
  id bigserial,
  document_id uuid not null references public.documents (id) on delete cascade,
  chunk_id text not null,
  content text not null,
  embedding vector(1536) not null,
  metadata jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  constraint embeddings_pkey primary key (id, created_at),
  constraint embeddings_document_chunk_unique unique (document_id, chunk_id, created_at),
  constraint check_embeddings_metadata_valid check (validate_embedding_metadata(metadata)),
  constraint check_content_length check (length(content) <= 50000)
) partition by range (created_at);

create table public.embeddings_2026_q4 partition of public.embeddings
  for values from ('2026-10-01') to ('2027-01-01');
create table public.embeddings_2027_q1 partition of public.embeddings
  for values from ('2027-01-01') to ('2027-04-01');
create table public.embeddings_default partition of public.embeddings default;

insert into public.embeddings select * from public.embeddings_old;

drop index if exists public.idx_embeddings_document_id, public.idx_embeddings_chunk, public.idx_embeddings_metadata,
  public.idx_embeddings_created_at;
create index idx_embeddings_document_id on public.embeddings (document_id);
create index idx_embeddings_chunk on public.embeddings (chunk_id);
create index idx_embeddings_metadata on public.embeddings using gin (metadata);
create index idx_embeddings_created_at on public.embeddings (created_at desc);
alter table public.embeddings alter column content set storage external;
alter table public.embeddings alter column embedding set statistics 1000;

create index idx_embeddings_vector_2026_q4 on public.embeddings_2026_q4
  using ivfflat (embedding vector_cosine_ops) with (lists = 50);
create index idx_embeddings_vector_2027_q1 on public.embeddings_2027_q1
  using ivfflat (embedding vector_cosine_ops) with (lists = 100);
create index idx_embeddings_vector_default on public.embeddings_default
  using ivfflat (embedding vector_cosine_ops) with (lists = 100);

alter table public.embeddings enable row level security;

create policy embeddings_read_published on public.embeddings for select to authenticated using (
  public.is_curator_or_admin()
  or exists (
    select 1 from public.documents d
    where d.id = embeddings.document_id
      and (d.status = 'published' or d.created_by = public.current_user_id())
  )
);

create policy embeddings_service_role_all on public.embeddings for all to service_role using (true) with check (true);

drop table public.embeddings_old cascade;

create materialized view public.published_documents_cache as
select d.id, d.title, d.slug, d.category, d.tags, d.published_at, d.status, count(e.id) as embedding_count
from public.documents d
left join public.embeddings e on e.document_id = d.id
where d.status = 'published'
group by d.id;

create unique index idx_published_documents_cache_id on public.published_documents_cache (id);
create index idx_published_documents_cache_category on public.published_documents_cache (category);
