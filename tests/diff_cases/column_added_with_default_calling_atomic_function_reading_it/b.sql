-- min_version: 14
-- A column is added (and dropped, backward) with a default that calls a new BEGIN ATOMIC function reading that column: added bare, the function made, then the default set.

CREATE TABLE public.invoices (id integer PRIMARY KEY, customer text NOT NULL, number bigint);
CREATE FUNCTION public.next_invoice_number() RETURNS bigint LANGUAGE sql
BEGIN ATOMIC
    SELECT coalesce(max(number), 0) + 1 FROM public.invoices;
END;
ALTER TABLE public.invoices ALTER COLUMN number SET DEFAULT public.next_invoice_number();
