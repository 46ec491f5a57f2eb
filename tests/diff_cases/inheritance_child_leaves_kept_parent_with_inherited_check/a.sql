-- A child that only inherits its parent's CHECK leaves the parent, which stays (NO INHERIT): the CHECK becomes its own, once.
CREATE TABLE public.documents (
    id bigint NOT NULL,
    total numeric CONSTRAINT documents_total_check CHECK (total >= 0)
);
CREATE TABLE public.invoices (
    id bigint NOT NULL,
    total numeric,
    number text
) INHERITS (public.documents);
