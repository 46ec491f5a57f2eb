CREATE TABLE public.documents (id bigint PRIMARY KEY, body tsvector, tags tsvector);
CREATE INDEX documents_body_gist ON public.documents USING gist (body tsvector_ops (siglen = 128));
CREATE INDEX documents_tags_gist ON public.documents USING gist (tags tsvector_ops);
