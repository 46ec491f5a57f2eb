-- documents.id retyped in place while chunks is rebuilt (columns swapped): the old copy's policy goes first.
CREATE TABLE public.documents (id integer PRIMARY KEY, title text);
CREATE TABLE public.chunks (id int PRIMARY KEY, doc_id bigint, note text, body text);
ALTER TABLE public.chunks ENABLE ROW LEVEL SECURITY;
CREATE POLICY chunks_read ON public.chunks FOR SELECT USING (EXISTS (SELECT 1 FROM public.documents d WHERE d.id = chunks.doc_id));
