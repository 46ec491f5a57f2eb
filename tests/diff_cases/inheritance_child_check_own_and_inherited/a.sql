-- A child that declares its parent's CHECK itself too (merged: its own and inherited) against one that only inherits it.
CREATE TABLE public.documents (id bigint, total numeric CONSTRAINT documents_total_check CHECK (total >= 0));
CREATE TABLE public.invoices (
    number text,
    CONSTRAINT documents_total_check CHECK (total >= 0)
) INHERITS (public.documents);
