-- A child leaves its parent, which stays (NO INHERIT), and its CHECK of the parent's name (merged) gets another expression.
CREATE TABLE public.documents (
    id bigint NOT NULL,
    total numeric CONSTRAINT documents_total_check CHECK (total >= 0)
);
CREATE TABLE public.invoices (
    id bigint NOT NULL,
    total numeric,
    number text,
    CONSTRAINT documents_total_check CHECK (total > 0)
);
