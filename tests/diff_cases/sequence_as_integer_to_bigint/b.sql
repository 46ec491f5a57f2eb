-- A sequence AS integer becomes AS bigint (MAXVALUE follows), and one AS smallint -> AS integer with an explicit MAXVALUE.

CREATE SEQUENCE public.order_no_seq AS bigint START WITH 1000;
CREATE SEQUENCE public.batch_seq AS integer MAXVALUE 1000000;
CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    order_no integer DEFAULT nextval('public.order_no_seq')
);
