-- Upstream's two 0003 files in one: the ivfflat index made again with other lists, a statistics target, a comment on an index (0003_optimize_vector_index); then partial indexes made CONCURRENTLY, the ivfflat index replaced by an unnamed HNSW one, a SQL function naming an index through a regclass literal (0003_performance_optimizations).
DROP INDEX IF EXISTS idx_embeddings_vector;

SET maintenance_work_mem = '128MB';

CREATE INDEX idx_embeddings_vector ON public.embeddings USING ivfflat (embedding vector_cosine_ops)
WITH (lists = 200);

ANALYZE public.embeddings;

ALTER TABLE public.embeddings
ALTER COLUMN embedding
SET
    STATISTICS 1000;

COMMENT ON INDEX idx_embeddings_vector IS 'IVFFlat index for vector similarity search. Adjust lists parameter as data grows: sqrt(rows) for < 1M rows, rows/1000 for larger datasets. Re-run ANALYZE after bulk inserts.';

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_documents_published_status ON public.documents (
    status,
    published_at,
    category
)
WHERE
    status = 'published';

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_documents_curator ON public.documents (slug, created_at)
WHERE
    NOT(status = 'published');

DROP INDEX IF EXISTS public.idx_embeddings_vector;

CREATE INDEX CONCURRENTLY ON public.embeddings USING hnsw (embedding vector_cosine_ops)
WITH (m = 16, ef_construction = 64);

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_embeddings_doc_time ON public.embeddings (document_id, created_at);

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_ingestion_items_run_status ON public.ingestion_items (run_id, status);

CREATE OR REPLACE FUNCTION public.get_db_stats()
RETURNS jsonb
LANGUAGE sql STABLE
AS $$
  SELECT jsonb_build_object(
    'documents', (SELECT count(*)::int FROM public.documents),
    'embeddings', (SELECT count(*)::int FROM public.embeddings),
    'ingestion_runs', (SELECT count(*)::int FROM public.ingestion_runs),
    'published_docs', (SELECT count(*)::int FROM public.documents WHERE status = 'published'),
    'vector_index_size', (SELECT pg_size_pretty(pg_relation_size('public.embeddings_embedding_idx')) )
  );
$$;

COMMENT ON FUNCTION public.get_db_stats IS 'Stats rápidas para dashboard/monitoring. Use: select get_db_stats();';
