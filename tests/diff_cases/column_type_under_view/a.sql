-- A column's type changes (integer -> numeric(12,2)) while a view and a view-on-view select it: both views must be recreated.

CREATE TABLE public.invoices (
    id integer PRIMARY KEY,
    amount integer NOT NULL,
    note text
);
CREATE VIEW public.invoice_amounts AS SELECT id, amount FROM public.invoices;
CREATE VIEW public.big_invoices AS SELECT id, amount FROM public.invoice_amounts WHERE amount > 1000;
