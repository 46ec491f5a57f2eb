-- Table and column comments added, changed and removed.

CREATE TABLE public.orders (id integer PRIMARY KEY, total numeric, note text, legacy text);
COMMENT ON TABLE public.orders IS 'Orders';
COMMENT ON COLUMN public.orders.total IS 'Gross total';
COMMENT ON COLUMN public.orders.legacy IS 'do not use';
