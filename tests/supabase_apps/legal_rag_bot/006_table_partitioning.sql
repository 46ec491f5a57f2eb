-- Partition helper functions (dynamic SQL) and a view with a column named "exists"; upstream leaves the partitioning itself commented out (see 011).
CREATE OR REPLACE FUNCTION public.create_embeddings_partition(
  start_date date,
  end_date date,
  partition_name text
)
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
  EXECUTE format(
    'CREATE TABLE IF NOT EXISTS %I PARTITION OF public.embeddings FOR VALUES FROM (%L) TO (%L)',
    partition_name,
    start_date,
    end_date
  );

  EXECUTE format(
    'CREATE INDEX IF NOT EXISTS idx_%I_vector ON %I USING ivfflat (embedding vector_cosine_ops) WITH (lists = 100)',
    partition_name,
    partition_name
  );

  RAISE NOTICE 'Created partition % for range % to %', partition_name, start_date, end_date;
END;
$$;

CREATE OR REPLACE VIEW public.embeddings_partitions AS
SELECT
  schemaname,
  tablename,
  pg_size_pretty(pg_total_relation_size(schemaname||'.'||tablename)) AS size,
  (SELECT COUNT(*) FROM pg_class WHERE relname = tablename) AS exists
FROM pg_tables
WHERE tablename LIKE 'embeddings_%' OR tablename = 'embeddings'
ORDER BY tablename;

CREATE OR REPLACE FUNCTION public.check_partition_needed()
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
  next_quarter_start date;
  next_quarter_end date;
  partition_name text;
BEGIN
  next_quarter_start := date_trunc('quarter', CURRENT_DATE + interval '3 months')::date;
  next_quarter_end := (next_quarter_start + interval '3 months')::date;
  partition_name := 'embeddings_' || to_char(next_quarter_start, 'YYYY_q"q"');

  IF NOT EXISTS (
    SELECT 1 FROM pg_tables WHERE tablename = partition_name
  ) THEN
    PERFORM public.create_embeddings_partition(
      next_quarter_start,
      next_quarter_end,
      partition_name
    );
  END IF;
END;
$$;

COMMENT ON FUNCTION public.create_embeddings_partition IS
'Helper function to create new quarterly partitions for embeddings table. Usage: SELECT create_embeddings_partition(''2026-01-01''::date, ''2026-04-01''::date, ''embeddings_2026_q1'')';

COMMENT ON FUNCTION public.check_partition_needed IS
'Checks if a new partition is needed for the next quarter and creates it automatically. Run this monthly via cron.';

COMMENT ON VIEW public.embeddings_partitions IS
'Lists all partitions of the embeddings table with their sizes';
