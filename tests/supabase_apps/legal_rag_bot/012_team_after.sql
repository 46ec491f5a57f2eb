-- Not upstream: a later migration (an enum value added in the middle, a partition added, a slug retyped under a materialized view and indexes, the policies' helper replaced by one taking an argument, a column the trigger function reads dropped).
alter type document_status add value 'under_review' before 'published';

create table public.embeddings_2027_q2 partition of public.embeddings
  for values from ('2027-04-01') to ('2027-07-01');
create index idx_embeddings_vector_2027_q2 on public.embeddings_2027_q2
  using ivfflat (embedding vector_cosine_ops) with (lists = 100);

drop materialized view public.published_documents_cache;
alter table public.documents alter column slug type varchar(200);
create materialized view public.published_documents_cache as
select d.id, d.title, d.slug, d.category, d.tags, d.published_at, d.status, count(e.id) as embedding_count
from public.documents d
left join public.embeddings e on e.document_id = d.id
where d.status = 'published'
group by d.id;
create unique index idx_published_documents_cache_id on public.published_documents_cache (id);

create function public.has_app_role(variadic p_roles text[])
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((current_setting('request.jwt.claims', true)::jsonb ->> 'role') = any (p_roles), false);
$$;

alter policy documents_delete_admin on public.documents using (public.has_app_role('admin'));
drop policy if exists ingestion_runs_curators on public.ingestion_runs;
create policy ingestion_runs_curators on public.ingestion_runs for all to authenticated
  using (public.has_app_role('curator', 'admin')) with check (public.has_app_role('curator', 'admin'));

alter table public.ingestion_runs drop column notes;
