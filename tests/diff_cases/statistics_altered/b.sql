CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    customer_id bigint,
    region varchar(40),
    total numeric
);
CREATE STATISTICS public.orders_customer_region ON customer_id, region FROM public.orders;
ALTER STATISTICS public.orders_customer_region SET STATISTICS 1000;
