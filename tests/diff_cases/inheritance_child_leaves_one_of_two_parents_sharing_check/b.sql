-- A child of two parents that both have a CHECK of one name leaves one of them (NO INHERIT): the CHECK stays inherited from the other.
CREATE TABLE public.documents (
    id bigint NOT NULL,
    total numeric CONSTRAINT total_not_negative CHECK (total >= 0)
);
CREATE TABLE public.billable (
    total numeric CONSTRAINT total_not_negative CHECK (total >= 0),
    billed_at timestamptz
);
CREATE TABLE public.invoices (number text) INHERITS (public.documents, public.billable);
ALTER TABLE public.invoices NO INHERIT public.billable;
