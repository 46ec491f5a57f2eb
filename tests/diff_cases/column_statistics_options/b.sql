CREATE TABLE public.events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id integer NOT NULL,
    kind text NOT NULL,
    payload jsonb,
    raw text
);
ALTER TABLE public.events ALTER COLUMN tenant_id SET STATISTICS 2000;
ALTER TABLE public.events ALTER COLUMN tenant_id SET (n_distinct = 500, n_distinct_inherited = 800);
ALTER TABLE public.events ALTER COLUMN raw SET STORAGE EXTERNAL;
ALTER TABLE public.events ALTER COLUMN raw SET STATISTICS 0;
