-- Operator class parameters of index columns (GiST signature length): a change of siglen
-- alone must rebuild the index (compare reads index fingerprints first).
CREATE TABLE public.documents (id bigint PRIMARY KEY, body tsvector, tags tsvector);
CREATE INDEX documents_body_gist ON public.documents USING gist (body tsvector_ops (siglen = 64));
CREATE INDEX documents_tags_gist ON public.documents USING gist (tags tsvector_ops (siglen = 16));
