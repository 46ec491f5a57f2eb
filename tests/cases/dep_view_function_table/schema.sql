-- min_version: 14
-- Dependency chain: table -> SQL function (tracked BEGIN ATOMIC and untracked string body) -> view -> view -> matview -> function over the view.
CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    customer text NOT NULL,
    total numeric(12,2) NOT NULL
);

CREATE FUNCTION public.order_count(c text) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM public.orders WHERE customer = c;
END;

CREATE FUNCTION public.order_total(c text) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(sum(total), 0) FROM public.orders WHERE customer = c $$;

CREATE VIEW public.customers AS
    SELECT DISTINCT customer AS name FROM public.orders;

CREATE VIEW public.customer_stats AS
    SELECT name, public.order_count(name) AS orders, public.order_total(name) AS total FROM public.customers;

CREATE MATERIALIZED VIEW public.top_customers AS
    SELECT * FROM public.customer_stats WHERE total > 1000;

CREATE FUNCTION public.best_customer() RETURNS public.customer_stats
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT * FROM public.customer_stats ORDER BY total DESC LIMIT 1;
END;
