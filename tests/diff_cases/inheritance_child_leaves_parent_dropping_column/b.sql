-- A child leaves its parent, which stays and drops a column the child keeps (its own from then on, in its place).
CREATE TABLE public.documents (
    id bigint NOT NULL,
    total numeric CONSTRAINT documents_total_check CHECK (total >= 0)
);
CREATE TABLE public.invoices (
    id bigint NOT NULL,
    total numeric,
    note text,
    number text,
    CONSTRAINT documents_total_check CHECK (total >= 0)
);
