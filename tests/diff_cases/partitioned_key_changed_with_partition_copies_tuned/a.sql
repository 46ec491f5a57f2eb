-- Orders partitioned by year with a primary key and an index on the parent; a partition's copies of them are tuned on their own.
CREATE TABLE public.orders (
    id bigint GENERATED ALWAYS AS IDENTITY,
    customer_id bigint NOT NULL,
    placed_at timestamptz NOT NULL DEFAULT now(),
    status text NOT NULL DEFAULT 'new',
    PRIMARY KEY (id, placed_at)
) PARTITION BY RANGE (placed_at);

CREATE TABLE public.orders_2025 PARTITION OF public.orders FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
CREATE TABLE public.orders_2026 PARTITION OF public.orders FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');

CREATE INDEX orders_customer_idx ON public.orders (customer_id, placed_at DESC);
ALTER INDEX public.orders_2025_customer_id_placed_at_idx SET (fillfactor = 100);
ALTER INDEX public.orders_2025_pkey SET (fillfactor = 100);
