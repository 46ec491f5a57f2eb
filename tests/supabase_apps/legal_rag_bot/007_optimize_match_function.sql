-- match_documents dropped and made with defaults and per-function settings (work_mem, …), SQL functions casting to an enum, a plpgsql function looping over a vector array (two more search functions of the upstream file are left out).
DROP FUNCTION IF EXISTS public.match_documents (vector (1536), float, int);

CREATE OR REPLACE FUNCTION public.match_documents(
  query_embedding vector(1536),
  match_threshold float DEFAULT 0.78,
  match_count int DEFAULT 5,
  filter_status text DEFAULT 'published',
  filter_category text DEFAULT NULL,
  filter_tags text[] DEFAULT NULL
)
RETURNS TABLE (
  id bigint,
  document_id uuid,
  chunk_id text,
  content text,
  similarity float,
  document_title text,
  document_category text,
  document_tags text[],
  metadata jsonb
)
LANGUAGE sql
STABLE
PARALLEL SAFE
AS $$
  SELECT
    e.id,
    e.document_id,
    e.chunk_id,
    e.content,
    1 - (e.embedding <=> query_embedding) AS similarity,
    d.title AS document_title,
    d.category AS document_category,
    d.tags AS document_tags,
    e.metadata
  FROM public.embeddings e
  INNER JOIN public.documents d ON d.id = e.document_id
  WHERE
    d.status = filter_status::document_status
    AND (filter_category IS NULL OR d.category = filter_category)
    AND (filter_tags IS NULL OR d.tags && filter_tags)
    AND 1 - (e.embedding <=> query_embedding) > match_threshold
  ORDER BY e.embedding <=> query_embedding
  LIMIT match_count;
$$;

ALTER FUNCTION public.match_documents SET work_mem = '256MB';

ALTER FUNCTION public.match_documents SET effective_cache_size = '4GB';

ALTER FUNCTION public.match_documents SET random_page_cost = 1.1;

CREATE OR REPLACE FUNCTION public.hybrid_search_documents(
  query_embedding vector(1536),
  query_text text,
  match_threshold float DEFAULT 0.78,
  match_count int DEFAULT 5,
  vector_weight float DEFAULT 0.7,
  text_weight float DEFAULT 0.3
)
RETURNS TABLE (
  id bigint,
  document_id uuid,
  chunk_id text,
  content text,
  similarity float,
  text_rank float,
  combined_score float,
  document_title text,
  document_category text
)
LANGUAGE sql
STABLE
AS $$
  WITH vector_results AS (
    SELECT
      e.id,
      e.document_id,
      e.chunk_id,
      e.content,
      1 - (e.embedding <=> query_embedding) AS similarity,
      d.title,
      d.category
    FROM public.embeddings e
    INNER JOIN public.documents d ON d.id = e.document_id
    WHERE
      d.status = 'published'
      AND 1 - (e.embedding <=> query_embedding) > match_threshold
  ),
  text_results AS (
    SELECT
      e.id,
      ts_rank(to_tsvector('portuguese', e.content), plainto_tsquery('portuguese', query_text)) AS text_rank
    FROM public.embeddings e
    WHERE to_tsvector('portuguese', e.content) @@ plainto_tsquery('portuguese', query_text)
  )
  SELECT
    v.id,
    v.document_id,
    v.chunk_id,
    v.content,
    v.similarity,
    COALESCE(t.text_rank, 0) AS text_rank,
    (v.similarity * vector_weight + COALESCE(t.text_rank, 0) * text_weight) AS combined_score,
    v.title AS document_title,
    v.category AS document_category
  FROM vector_results v
  LEFT JOIN text_results t ON t.id = v.id
  ORDER BY combined_score DESC
  LIMIT match_count;
$$;

CREATE OR REPLACE FUNCTION public.batch_match_documents(
  query_embeddings vector(1536)[],
  match_threshold float DEFAULT 0.78,
  match_count int DEFAULT 5
)
RETURNS TABLE (
  query_index int,
  id bigint,
  document_id uuid,
  chunk_id text,
  content text,
  similarity float
)
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
  query_emb vector(1536);
  idx int := 1;
BEGIN
  FOREACH query_emb IN ARRAY query_embeddings
  LOOP
    RETURN QUERY
    SELECT
      idx AS query_index,
      e.id,
      e.document_id,
      e.chunk_id,
      e.content,
      1 - (e.embedding <=> query_emb) AS similarity
    FROM public.embeddings e
    INNER JOIN public.documents d ON d.id = e.document_id
    WHERE
      d.status = 'published'
      AND 1 - (e.embedding <=> query_emb) > match_threshold
    ORDER BY e.embedding <=> query_emb
    LIMIT match_count;

    idx := idx + 1;
  END LOOP;
END;
$$;

CREATE OR REPLACE FUNCTION public.match_documents_by_metadata(
  query_embedding vector(1536),
  metadata_filter jsonb,
  match_threshold float DEFAULT 0.78,
  match_count int DEFAULT 5
)
RETURNS TABLE (
  id bigint,
  document_id uuid,
  chunk_id text,
  content text,
  similarity float,
  metadata jsonb
)
LANGUAGE sql
STABLE
AS $$
  SELECT
    e.id,
    e.document_id,
    e.chunk_id,
    e.content,
    1 - (e.embedding <=> query_embedding) AS similarity,
    e.metadata
  FROM public.embeddings e
  INNER JOIN public.documents d ON d.id = e.document_id
  WHERE
    d.status = 'published'
    AND e.metadata @> metadata_filter
    AND 1 - (e.embedding <=> query_embedding) > match_threshold
  ORDER BY e.embedding <=> query_embedding
  LIMIT match_count;
$$;

COMMENT ON FUNCTION public.match_documents IS 'Optimized semantic search with status, category, and tag filtering. Returns top-k similar chunks with document metadata.';

COMMENT ON FUNCTION public.hybrid_search_documents IS 'Hybrid search combining vector similarity (70%) and full-text search (30%). Best for user queries with specific terms.';

COMMENT ON FUNCTION public.batch_match_documents IS 'Batch search for multiple query embeddings. Useful for processing multiple queries efficiently.';

COMMENT ON FUNCTION public.match_documents_by_metadata IS 'Search with JSONB metadata filtering using containment operator (@>). Example: {\"source\": \"lei_8112\"}';
