-- min_version: 18
-- requires_extension: vector
-- The vector extension is added with a new embedding column and an HNSW index with vector_cosine_ops.

CREATE TABLE public.documents (
    id bigint PRIMARY KEY,
    content text NOT NULL
);
