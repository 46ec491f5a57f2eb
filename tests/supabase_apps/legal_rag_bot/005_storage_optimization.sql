-- Column storage, reloptions (toast_tuple_target, fillfactor, autovacuum), a CHECK calling an IMMUTABLE plpgsql function, SET NOT NULL, partial expression indexes, comments on constraints, a view over pg_tables.
ALTER TABLE public.embeddings
ALTER COLUMN content SET STORAGE EXTERNAL;

ALTER TABLE public.documents
ALTER COLUMN summary SET STORAGE EXTENDED;

ALTER TABLE public.embeddings
SET (toast_tuple_target = 2048);

ALTER TABLE public.documents
SET (toast_tuple_target = 2048);

CREATE OR REPLACE FUNCTION public.validate_embedding_metadata(metadata jsonb)
RETURNS boolean
LANGUAGE plpgsql
IMMUTABLE
AS $$
BEGIN
  IF jsonb_typeof(metadata) != 'object' THEN
    RETURN FALSE;
  END IF;

  IF length(metadata::text) > 10000 THEN
    RETURN FALSE;
  END IF;

  RETURN TRUE;
END;
$$;

ALTER TABLE public.embeddings
ADD CONSTRAINT check_embeddings_metadata_valid
CHECK (validate_embedding_metadata(metadata));

ALTER TABLE public.embeddings
ALTER COLUMN metadata SET DEFAULT '{}'::jsonb;

UPDATE public.embeddings
SET metadata = '{}'::jsonb
WHERE metadata IS NULL;

ALTER TABLE public.embeddings
ALTER COLUMN metadata SET NOT NULL;

ALTER TABLE public.embeddings
ADD CONSTRAINT check_content_length
CHECK (length(content) <= 50000);

ALTER TABLE public.documents
ADD CONSTRAINT check_summary_length
CHECK (summary IS NULL OR length(summary) <= 5000);

ALTER TABLE public.embeddings
SET (fillfactor = 90);

ALTER TABLE public.documents
SET (fillfactor = 95);

ALTER TABLE public.embeddings
SET (
  autovacuum_vacuum_scale_factor = 0.05,
  autovacuum_analyze_scale_factor = 0.02,
  autovacuum_vacuum_cost_limit = 1000
);

ALTER TABLE public.documents
SET (
  autovacuum_vacuum_scale_factor = 0.1,
  autovacuum_analyze_scale_factor = 0.05
);

CREATE OR REPLACE FUNCTION public.get_embedding_metadata_field(
  embedding_metadata jsonb,
  field_name text
)
RETURNS text
LANGUAGE sql
IMMUTABLE
PARALLEL SAFE
AS $$
  SELECT embedding_metadata ->> field_name;
$$;

CREATE INDEX IF NOT EXISTS idx_embeddings_metadata_source
ON public.embeddings ((metadata->>'source'))
WHERE metadata ? 'source';

CREATE INDEX IF NOT EXISTS idx_embeddings_metadata_section
ON public.embeddings ((metadata->>'section'))
WHERE metadata ? 'section';

ANALYZE public.embeddings;
ANALYZE public.documents;

COMMENT ON CONSTRAINT check_embeddings_metadata_valid ON public.embeddings IS
'Validates metadata structure: must be JSONB object, max 10KB size';

COMMENT ON CONSTRAINT check_content_length ON public.embeddings IS
'Limits chunk content to 50,000 characters to prevent storage bloat';

COMMENT ON FUNCTION public.validate_embedding_metadata IS
'Validates embedding metadata structure and size constraints';

CREATE OR REPLACE VIEW public.table_storage_stats AS
SELECT
  schemaname,
  tablename,
  pg_size_pretty(pg_total_relation_size(schemaname||'.'||tablename)) AS total_size,
  pg_size_pretty(pg_relation_size(schemaname||'.'||tablename)) AS table_size,
  pg_size_pretty(pg_total_relation_size(schemaname||'.'||tablename) - pg_relation_size(schemaname||'.'||tablename)) AS external_size,
  pg_size_pretty(pg_indexes_size(schemaname||'.'||tablename)) AS indexes_size
FROM pg_tables
WHERE schemaname = 'public'
ORDER BY pg_total_relation_size(schemaname||'.'||tablename) DESC;

COMMENT ON VIEW public.table_storage_stats IS
'Monitor table storage breakdown: table vs TOAST vs indexes';
