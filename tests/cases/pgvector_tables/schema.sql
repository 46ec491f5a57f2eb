-- min_version: 18
-- requires_extension: vector
-- pgvector columns as AI apps write them: vector(1536), halfvec(3072), sparsevec, vector[] and a match_documents() search function.
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE public.documents (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    title text NOT NULL,
    content text NOT NULL,
    metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
    embedding vector(1536),
    embedding_large halfvec(3072),
    keywords sparsevec(30000),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.image_embeddings (
    image_id uuid PRIMARY KEY REFERENCES public.documents(id) ON DELETE CASCADE,
    patches vector(3)[],
    centroid vector NOT NULL DEFAULT '[0,0,0]'
);

CREATE FUNCTION public.match_documents(query_embedding vector(1536), match_threshold float, match_count int)
RETURNS TABLE (id uuid, content text, similarity float)
LANGUAGE sql STABLE
AS $$
    SELECT d.id, d.content, 1 - (d.embedding <=> query_embedding) AS similarity
    FROM public.documents d
    WHERE 1 - (d.embedding <=> query_embedding) > match_threshold
    ORDER BY d.embedding <=> query_embedding
    LIMIT match_count;
$$;

CREATE INDEX documents_embedding_idx ON public.documents USING hnsw (embedding vector_cosine_ops);
