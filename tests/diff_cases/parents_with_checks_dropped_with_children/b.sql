-- A partitioned table and an inheritance parent, each with a CHECK their children inherit, dropped together with the children (the CHECK's order-only edge to a child must not order the drops).

CREATE TABLE public.keep (id int PRIMARY KEY);
CREATE TABLE public.invoices (id int NOT NULL, amount_cents int CHECK (amount_cents > 0), region text NOT NULL)
    PARTITION BY LIST (region);
CREATE TABLE public.invoices_apac PARTITION OF public.invoices FOR VALUES IN ('apac');
CREATE TABLE public.invoices_emea PARTITION OF public.invoices FOR VALUES IN ('emea');
CREATE TABLE public.measurements (a int CHECK (a > 0), r text);
CREATE TABLE public.measurements_2026 () INHERITS (public.measurements);
