-- Sub-partitioning: range by month then list by status; a default sub-partition; an index on the root cascading down.
CREATE TABLE public.orders (
    id bigint NOT NULL,
    created_on date NOT NULL,
    status text NOT NULL,
    total numeric(12,2),
    PRIMARY KEY (id, created_on, status)
) PARTITION BY RANGE (created_on);

CREATE TABLE public.orders_2024 PARTITION OF public.orders
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
    PARTITION BY LIST (status);
CREATE TABLE public.orders_2024_open PARTITION OF public.orders_2024 FOR VALUES IN ('pending', 'paid');
CREATE TABLE public.orders_2024_closed PARTITION OF public.orders_2024 FOR VALUES IN ('shipped', 'cancelled');
CREATE TABLE public.orders_2024_other PARTITION OF public.orders_2024 DEFAULT;

CREATE TABLE public.orders_2025 PARTITION OF public.orders
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
    PARTITION BY HASH (id);
CREATE TABLE public.orders_2025_h0 PARTITION OF public.orders_2025 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.orders_2025_h1 PARTITION OF public.orders_2025 FOR VALUES WITH (MODULUS 2, REMAINDER 1);

CREATE INDEX orders_status_idx ON public.orders (status, created_on);
