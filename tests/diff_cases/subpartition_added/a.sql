-- A range partition is replaced by a sub-partitioned one (partitioned by list) with two leaves.

CREATE TABLE public.sales (
    id bigint NOT NULL,
    sold_on date NOT NULL,
    channel text NOT NULL
) PARTITION BY RANGE (sold_on);
CREATE TABLE public.sales_2024 PARTITION OF public.sales FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
