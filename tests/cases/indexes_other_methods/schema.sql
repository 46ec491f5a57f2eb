-- Non-btree indexes: gin jsonb (default and jsonb_path_ops), gin/gist trigram, brin, hash, gist range, spgist, bloom, btree_gin.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE EXTENSION IF NOT EXISTS bloom;

CREATE TABLE public.documents (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title text NOT NULL,
    body text,
    metadata jsonb NOT NULL DEFAULT '{}',
    tags text[],
    created_at timestamptz NOT NULL DEFAULT now(),
    token text,
    active_during tstzrange,
    client_ip inet,
    tenant_id integer,
    a integer, b integer, c integer
);

CREATE INDEX documents_metadata_idx ON public.documents USING gin (metadata);
CREATE INDEX documents_metadata_path_idx ON public.documents USING gin (metadata jsonb_path_ops);
CREATE INDEX documents_tags_idx ON public.documents USING gin (tags);
CREATE INDEX documents_title_trgm_idx ON public.documents USING gin (title gin_trgm_ops);
CREATE INDEX documents_body_trgm_gist_idx ON public.documents USING gist (body gist_trgm_ops(siglen = 64));
CREATE INDEX documents_created_brin_idx ON public.documents USING brin (created_at) WITH (pages_per_range = 32);
CREATE INDEX documents_token_hash_idx ON public.documents USING hash (token);
CREATE INDEX documents_active_idx ON public.documents USING gist (active_during);
CREATE INDEX documents_ip_spgist_idx ON public.documents USING spgist (client_ip inet_ops);
CREATE INDEX documents_fts_idx ON public.documents USING gin (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(body, '')));
CREATE INDEX documents_tenant_tags_idx ON public.documents USING gin (tenant_id, tags);
CREATE INDEX documents_bloom_idx ON public.documents USING bloom (a, b, c) WITH (length = 80, col1 = 2);
CREATE INDEX documents_gin_fastupdate_idx ON public.documents USING gin ((metadata -> 'labels')) WITH (fastupdate = off);
