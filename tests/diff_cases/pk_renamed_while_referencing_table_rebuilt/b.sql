CREATE TABLE public.vectors (id uuid NOT NULL, embedding real[]);
CREATE UNIQUE INDEX vectors_pkey ON public.vectors (id);
ALTER TABLE public.vectors ADD CONSTRAINT vectors_pkey PRIMARY KEY USING INDEX vectors_pkey;
CREATE TABLE public.brains_vectors (brain_id uuid NOT NULL, rights text, vector_id uuid NOT NULL);
