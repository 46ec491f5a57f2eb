-- min_version: 18
-- requires_extension: vector
-- An embedding column changes dimension (vector(1536) -> vector(3072) needs a halfvec for HNSW): index dropped and recreated with a new opclass.

CREATE EXTENSION IF NOT EXISTS vector;
CREATE TABLE public.chunks (id bigint PRIMARY KEY, embedding halfvec(3072));
CREATE INDEX chunks_embedding_idx ON public.chunks USING hnsw (embedding halfvec_cosine_ops);
