-- Views with DISTINCT ON, ORDER BY/LIMIT/OFFSET, GROUPING SETS, FILTER, set operations, FOR-less row locking-free, and an explicit column list with casts.
CREATE TABLE public.prices (
    product_id integer NOT NULL,
    region text NOT NULL,
    price numeric(12,2) NOT NULL,
    valid_from timestamptz NOT NULL
);

CREATE VIEW public.latest_prices AS
    SELECT DISTINCT ON (product_id, region) product_id, region, price, valid_from
    FROM public.prices
    ORDER BY product_id, region, valid_from DESC;

CREATE VIEW public.top_prices AS
    SELECT product_id, price FROM public.prices ORDER BY price DESC NULLS LAST LIMIT 10 OFFSET 5;

CREATE VIEW public.price_rollup AS
    SELECT region, product_id, sum(price) AS total, count(*) FILTER (WHERE price > 100) AS expensive
    FROM public.prices
    GROUP BY GROUPING SETS ((region), (product_id), ());

CREATE VIEW public.regions_union (name) AS
    SELECT region FROM public.prices
    EXCEPT
    SELECT 'test'::text
    INTERSECT
    SELECT region FROM public.prices WHERE price > 0;

CREATE VIEW public.casted (pid, price_text, is_big) AS
    SELECT product_id::bigint, price::text, (price > 1000)::boolean FROM public.prices;
