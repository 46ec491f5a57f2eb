-- A materialized view's query changes: it must be dropped and recreated with its unique index, a comment and a dependent view.

CREATE TABLE public.orders (id integer PRIMARY KEY, customer integer, total numeric, status text);
CREATE MATERIALIZED VIEW public.customer_totals AS SELECT customer, sum(total) AS total, count(*) AS orders FROM public.orders WHERE status = 'paid' GROUP BY customer;
CREATE UNIQUE INDEX customer_totals_customer_idx ON public.customer_totals (customer);
COMMENT ON MATERIALIZED VIEW public.customer_totals IS 'refreshed nightly';
CREATE VIEW public.whales AS SELECT customer FROM public.customer_totals WHERE total > 10000;
