-- Planner tuning on a large events table: b.sql changes a column's statistics target and
-- n_distinct, resets another's, and adds a column with its own storage and statistics target.
CREATE TABLE public.events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id integer NOT NULL,
    kind text NOT NULL,
    payload jsonb
);
ALTER TABLE public.events ALTER COLUMN tenant_id SET STATISTICS 1000;
ALTER TABLE public.events ALTER COLUMN tenant_id SET (n_distinct = -0.05);
ALTER TABLE public.events ALTER COLUMN kind SET STATISTICS 500;
