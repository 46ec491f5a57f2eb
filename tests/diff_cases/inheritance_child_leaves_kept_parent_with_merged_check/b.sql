-- A child whose CHECK is its own and its parent's (merged) leaves the parent, which stays (NO INHERIT): one CHECK, its own.
CREATE TABLE public.documents (
    id bigint NOT NULL,
    total numeric CONSTRAINT documents_total_check CHECK (total >= 0)
);
CREATE TABLE public.invoices (
    id bigint NOT NULL,
    total numeric,
    number text,
    CONSTRAINT documents_total_check CHECK (total >= 0)
);
