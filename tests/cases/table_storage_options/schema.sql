-- min_version: 14
-- Table/column storage options: fillfactor, autovacuum and toast reloptions, column STORAGE and COMPRESSION, SET STATISTICS, n_distinct.
CREATE TABLE public.hot_rows (
    id bigint PRIMARY KEY,
    counter integer NOT NULL DEFAULT 0,
    payload text,
    blob bytea,
    doc jsonb
) WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_threshold = 500, toast.autovacuum_enabled = false);

ALTER TABLE public.hot_rows ALTER COLUMN payload SET STORAGE EXTERNAL;
ALTER TABLE public.hot_rows ALTER COLUMN blob SET STORAGE MAIN;
ALTER TABLE public.hot_rows ALTER COLUMN doc SET COMPRESSION pglz;
ALTER TABLE public.hot_rows ALTER COLUMN counter SET STATISTICS 1000;
ALTER TABLE public.hot_rows ALTER COLUMN counter SET (n_distinct = -0.5);

CREATE TABLE public.append_only (
    id bigint,
    at timestamptz
) WITH (autovacuum_enabled = false);
