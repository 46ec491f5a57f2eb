-- Columns appended to a table: nullable, NOT NULL with default, with FK, with check; a dropped-then-readded style change.

CREATE TABLE public.orgs (id bigint PRIMARY KEY);
CREATE TABLE public.projects (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    description text,
    archived boolean NOT NULL DEFAULT false,
    org_id bigint REFERENCES public.orgs(id) ON DELETE CASCADE,
    budget numeric(12,2) CHECK (budget >= 0),
    created_at timestamptz NOT NULL DEFAULT now()
);
