-- A view column alias is renamed (ALTER VIEW ... RENAME COLUMN or recreate).

CREATE TABLE public.orders (id integer PRIMARY KEY, total numeric);
CREATE VIEW public.order_totals AS SELECT id, total AS total_amount FROM public.orders;
