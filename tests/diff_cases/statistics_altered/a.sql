-- Planner statistics on an orders table: b.sql drops a column one statistics object covers,
-- changes the types of the columns another covers (kept in place) and its target.
CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    customer_id integer,
    region text,
    status text,
    total numeric
);
CREATE STATISTICS public.orders_region_status (dependencies) ON region, status FROM public.orders;
CREATE STATISTICS public.orders_customer_region ON customer_id, region FROM public.orders;
ALTER STATISTICS public.orders_customer_region SET STATISTICS 200;
COMMENT ON STATISTICS public.orders_region_status IS 'region implies status';
