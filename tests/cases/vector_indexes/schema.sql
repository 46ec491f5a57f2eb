-- min_version: 18
-- requires_extension: vector
-- pgvector indexes: hnsw with vector_cosine_ops and (m, ef_construction), ivfflat with lists, halfvec hnsw, partial hnsw, l2/ip opclasses.
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE public.document_chunks (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id bigint NOT NULL,
    content text NOT NULL,
    embedding vector(1536),
    embedding_small halfvec(512),
    model text NOT NULL DEFAULT 'text-embedding-3-small'
);

CREATE INDEX document_chunks_embedding_hnsw_idx ON public.document_chunks
    USING hnsw (embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64);
CREATE INDEX document_chunks_embedding_ivf_idx ON public.document_chunks
    USING ivfflat (embedding vector_l2_ops) WITH (lists = 100);
CREATE INDEX document_chunks_small_idx ON public.document_chunks
    USING hnsw (embedding_small halfvec_cosine_ops);
CREATE INDEX document_chunks_ip_idx ON public.document_chunks
    USING hnsw (embedding vector_ip_ops) WHERE model = 'text-embedding-3-small';
