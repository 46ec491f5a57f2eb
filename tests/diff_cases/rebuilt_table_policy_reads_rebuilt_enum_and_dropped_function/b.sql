-- A partitioned embeddings table made plain again (a rebuild) whose policy reads a documents column of an enum losing a value (rebuilt) and calls a SECURITY DEFINER helper the plan drops: the old copy's policy must go before the helper.
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['anon', 'authenticated', 'service_role'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

create type public.doc_status as enum ('pending', 'published');
create table public.documents (id uuid primary key, status public.doc_status not null default 'pending', created_by uuid);
create table public.embeddings (
  id bigint not null,
  owner_id uuid,
  document_id uuid,
  created_at timestamptz not null default now(),
  primary key (id, created_at)
);
alter table public.embeddings enable row level security;
create policy embeddings_read on public.embeddings for select to authenticated using (
  exists (
    select 1 from public.documents d
    where d.id = embeddings.document_id
      and (d.status = 'published' or d.created_by = owner_id)
  )
);
