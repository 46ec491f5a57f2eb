-- A partitioned table's trigger cloned onto its partitions: the archive partition gets its
-- clone disabled, another fires on replicas only, a new partition starts with it disabled
-- (ALTER TABLE partition DISABLE / ENABLE REPLICA TRIGGER; the clone itself is the parent's).
CREATE FUNCTION public.touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END $$;
CREATE TABLE public.measurements (
    id bigint NOT NULL,
    taken_on date NOT NULL,
    value numeric,
    updated_at timestamptz
) PARTITION BY RANGE (taken_on);
CREATE TABLE public.measurements_2024 PARTITION OF public.measurements
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.measurements_2025 PARTITION OF public.measurements
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TRIGGER measurements_touch BEFORE UPDATE ON public.measurements
    FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();
ALTER TABLE public.measurements_2025 ENABLE REPLICA TRIGGER measurements_touch;
