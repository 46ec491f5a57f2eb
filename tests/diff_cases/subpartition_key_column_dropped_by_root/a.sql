-- The root of a partition tree drops a column that only a sub-partitioned partition is keyed on: the partition, made plain, is detached and rebuilt before the drop (pg-delta partitioned-table-operations--drop-subpartition-key-column).
CREATE TABLE public.measurements (
    region text NOT NULL,
    value numeric,
    taken_on date
) PARTITION BY LIST (region);
CREATE TABLE public.measurements_eu PARTITION OF public.measurements
    FOR VALUES IN ('eu') PARTITION BY RANGE (taken_on);
CREATE TABLE public.measurements_eu_2026 PARTITION OF public.measurements_eu
    FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE public.measurements_us PARTITION OF public.measurements FOR VALUES IN ('us');
INSERT INTO public.measurements VALUES ('eu', 1.5, '2026-03-01'), ('us', 2.5, '2026-04-01');
