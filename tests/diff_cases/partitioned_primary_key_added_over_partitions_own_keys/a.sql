-- A partitioned table gains a primary key (pg_dump's way: ON ONLY, then each partition's own primary key attached to it).
CREATE TABLE public.orders (
    id bigint NOT NULL,
    placed_on date NOT NULL,
    total numeric
) PARTITION BY RANGE (placed_on);
CREATE TABLE public.orders_2025 PARTITION OF public.orders (CONSTRAINT orders_2025_pkey PRIMARY KEY (id, placed_on))
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.orders_2026 PARTITION OF public.orders (CONSTRAINT orders_2026_pkey PRIMARY KEY (id, placed_on))
    FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
