-- An index's columns, order and INCLUDE list change, and a unique index loses its uniqueness.

CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint, created_at timestamptz, total numeric, ref text);
CREATE INDEX orders_customer_idx ON public.orders (customer_id);
CREATE UNIQUE INDEX orders_ref_idx ON public.orders (ref);
