-- min_version: 18
-- requires_extension: vector
-- The vector extension is added with a new embedding column and an HNSW index with vector_cosine_ops.

CREATE EXTENSION IF NOT EXISTS vector;
CREATE TABLE public.documents (
    id bigint PRIMARY KEY,
    content text NOT NULL,
    embedding vector(1536)
);
CREATE INDEX documents_embedding_idx ON public.documents USING hnsw (embedding vector_cosine_ops);
