-- Not upstream: the next migration a team would write (status enum, policies moved to a SECURITY DEFINER helper, bigger embeddings, a view and a policy over a retyped column, an expression index over an app function).
create type document_status as enum ('pending', 'processing', 'ready');

alter table documents add column status document_status not null default 'pending';

create function private.is_document_owner(doc_id bigint)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.documents d
    where d.id = doc_id and d.created_by = (select auth.uid())
  );
$$;

drop policy "Users can insert document sections" on document_sections;
drop policy "Users can update their own document sections" on document_sections;
drop policy "Users can query their own document sections" on document_sections;

create policy "Users can insert document sections"
on document_sections for insert to authenticated with check (private.is_document_owner(document_id));

create policy "Users can update their own document sections"
on document_sections for update to authenticated
using (private.is_document_owner(document_id))
with check (private.is_document_owner(document_id));

create policy "Users can query their own document sections"
on document_sections for select to authenticated using (private.is_document_owner(document_id));

-- a new embedding model: 384 -> 768 dimensions
drop index document_sections_embedding_idx;
alter table document_sections alter column embedding type vector(768);
create index on document_sections using hnsw (embedding vector_ip_ops);

create or replace function match_document_sections(embedding vector(768), match_threshold float)
returns setof document_sections
language plpgsql
as $$
#variable_conflict use_variable
begin
  return query
  select *
  from document_sections
  where document_sections.embedding <#> embedding < -match_threshold
  order by document_sections.embedding <#> embedding;
end;
$$;

create function private.slugify(value text)
returns text
language sql
immutable
as $$
  select lower(regexp_replace(value, '[^a-zA-Z0-9]+', '-', 'g'));
$$;

create index documents_name_slug_idx on documents (private.slugify(name));

create policy "Users can see ready documents by slug"
on documents for select to authenticated using (
  status = 'ready' and private.slugify(name) is not null and (select auth.uid()) = created_by
);
