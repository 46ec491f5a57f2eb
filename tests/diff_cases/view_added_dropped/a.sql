-- A view is added (depending on a new function) and another dropped.

CREATE TABLE public.sales (id integer PRIMARY KEY, amount numeric, sold_at date);
CREATE VIEW public.old_report AS SELECT sum(amount) AS total FROM public.sales;
