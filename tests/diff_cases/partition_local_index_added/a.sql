-- A partition-local index (only on the hot partition) is added; the parent has no such index.

CREATE TABLE public.orders (
    id bigint NOT NULL,
    created date NOT NULL,
    status text
) PARTITION BY RANGE (created);
CREATE TABLE public.orders_current PARTITION OF public.orders FOR VALUES FROM ('2025-01-01') TO (MAXVALUE);
CREATE TABLE public.orders_old PARTITION OF public.orders FOR VALUES FROM (MINVALUE) TO ('2025-01-01');
