-- A policy on chunks reads documents.id (bigint); chunks' columns in one order.
CREATE TABLE public.documents (id bigint PRIMARY KEY, title text);
CREATE TABLE public.chunks (id int PRIMARY KEY, doc_id bigint, body text, note text);
ALTER TABLE public.chunks ENABLE ROW LEVEL SECURITY;
CREATE POLICY chunks_read ON public.chunks FOR SELECT USING (EXISTS (SELECT 1 FROM public.documents d WHERE d.id = chunks.doc_id));
