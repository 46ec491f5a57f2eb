-- Materialized views: with a unique index (for REFRESH CONCURRENTLY), a matview on a view, WITH NO DATA, a storage parameter.
CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    total numeric(12,2) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE VIEW public.paid_orders AS
    SELECT id, customer_id, total, created_at FROM public.orders WHERE total > 0;

CREATE MATERIALIZED VIEW public.customer_totals AS
    SELECT customer_id, count(*) AS order_count, sum(total) AS lifetime_value
    FROM public.paid_orders
    GROUP BY customer_id;

CREATE UNIQUE INDEX customer_totals_customer_idx ON public.customer_totals (customer_id);
CREATE INDEX customer_totals_value_idx ON public.customer_totals (lifetime_value DESC);

CREATE MATERIALIZED VIEW public.daily_revenue WITH (fillfactor = 90) AS
    SELECT (created_at AT TIME ZONE 'UTC')::date AS day, sum(total) AS revenue
    FROM public.orders
    GROUP BY 1
WITH NO DATA;

CREATE MATERIALIZED VIEW public.top_customers AS
    SELECT customer_id, lifetime_value FROM public.customer_totals ORDER BY lifetime_value DESC LIMIT 100;
