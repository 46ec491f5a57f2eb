-- A unique index made ON ONLY a partitioned table, each partition's own primary key attached to it, added or dropped.
CREATE TABLE public.shipments (
    order_id bigint NOT NULL,
    shipped_on date NOT NULL,
    carrier text
) PARTITION BY RANGE (shipped_on);
CREATE TABLE public.shipments_2025 PARTITION OF public.shipments (PRIMARY KEY (order_id, shipped_on))
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.shipments_2026 PARTITION OF public.shipments (PRIMARY KEY (order_id, shipped_on))
    FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
