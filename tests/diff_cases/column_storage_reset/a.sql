-- Column storage back to the type's own: a text body (EXTENDED by default) and a numeric
-- (MAIN by default) set to EXTERNAL go back (SET STORAGE DEFAULT exists only from
-- PostgreSQL 16: before, the type's storage is named), a jsonb column gets MAIN.
CREATE TABLE public.documents (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body text NOT NULL,
    score numeric,
    meta jsonb
);
ALTER TABLE public.documents ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE public.documents ALTER COLUMN score SET STORAGE EXTERNAL;
