-- min_version: 14
-- A materialized view's column settings: statistics target, n_distinct, storage, compression.
CREATE TABLE public.orders (id bigint PRIMARY KEY, customer text NOT NULL, total numeric NOT NULL, notes text);
CREATE MATERIALIZED VIEW public.customer_totals AS
  SELECT customer, sum(total) AS total, count(*) AS orders, string_agg(notes, ' ') AS notes
  FROM public.orders GROUP BY customer;
ALTER MATERIALIZED VIEW public.customer_totals ALTER COLUMN customer SET STATISTICS 500;
ALTER MATERIALIZED VIEW public.customer_totals ALTER COLUMN customer SET (n_distinct = -0.5);
ALTER MATERIALIZED VIEW public.customer_totals ALTER COLUMN notes SET STORAGE EXTERNAL;
ALTER MATERIALIZED VIEW public.customer_totals ALTER COLUMN notes SET COMPRESSION pglz;
ALTER MATERIALIZED VIEW public.customer_totals ALTER COLUMN orders SET STATISTICS 0;
CREATE UNIQUE INDEX customer_totals_customer ON public.customer_totals (customer);
