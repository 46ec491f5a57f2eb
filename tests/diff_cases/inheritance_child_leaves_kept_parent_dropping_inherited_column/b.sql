-- A child leaves its parent, which stays, and drops a column it only inherited (the last one; the parent keeps it).
CREATE TABLE public.documents (
    id bigint NOT NULL,
    total numeric,
    note text
);
CREATE TABLE public.invoices (
    id bigint NOT NULL,
    total numeric,
    number text
);
