-- An index is added on a partitioned parent (cascading to partitions), where one partition already has an equivalent local index that gets attached.

CREATE TABLE public.metrics (
    device integer NOT NULL,
    at date NOT NULL,
    value numeric
) PARTITION BY RANGE (at);
CREATE TABLE public.metrics_2024 PARTITION OF public.metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.metrics_2025 PARTITION OF public.metrics FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX metrics_2025_device_at_idx ON public.metrics_2025 (device, at);
