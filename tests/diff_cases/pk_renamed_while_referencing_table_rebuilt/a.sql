-- A table's primary key changes name (swapped in through a new unique index, the usual
-- online way) while a table whose foreign key references it is rebuilt (a column added in
-- the middle): the old key goes in the drop phase, before the new one is added.
CREATE TABLE public.vectors (id uuid NOT NULL, embedding real[]);
CREATE UNIQUE INDEX vectors_new_pkey ON public.vectors (id);
ALTER TABLE public.vectors ADD CONSTRAINT vectors_new_pkey PRIMARY KEY USING INDEX vectors_new_pkey;
CREATE TABLE public.brains_vectors (brain_id uuid NOT NULL, vector_id uuid NOT NULL);
ALTER TABLE public.brains_vectors ADD CONSTRAINT brains_vectors_vector_id_fkey
    FOREIGN KEY (vector_id) REFERENCES public.vectors (id);
