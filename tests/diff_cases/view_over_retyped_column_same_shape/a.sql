-- Columns whose type changes under views that do not show them as such: an aggregate over
-- the column, a filter on it, a materialized view with its unique index and a grant.  The
-- views keep their shape, yet PostgreSQL refuses ALTER COLUMN TYPE while they exist.
CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    amount numeric(8,2) NOT NULL,
    region varchar(8) NOT NULL
);
CREATE VIEW public.customer_spend AS
    SELECT customer_id, sum(amount) AS total, count(*) AS orders FROM public.orders GROUP BY customer_id;
CREATE VIEW public.eu_orders AS SELECT id, customer_id FROM public.orders WHERE region = 'eu';
CREATE MATERIALIZED VIEW public.region_totals AS
    SELECT region::text AS region, sum(amount)::numeric AS total FROM public.orders GROUP BY region;
CREATE UNIQUE INDEX region_totals_region ON public.region_totals (region);
GRANT SELECT ON public.customer_spend TO PUBLIC;
COMMENT ON VIEW public.eu_orders IS 'orders shipped inside the EU';
