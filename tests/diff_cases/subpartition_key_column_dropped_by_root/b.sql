-- The root of a partition tree drops a column that only a sub-partitioned partition is keyed on: the partition, made plain, is detached and rebuilt before the drop (pg-delta partitioned-table-operations--drop-subpartition-key-column).
CREATE TABLE public.measurements (
    region text NOT NULL,
    value numeric
) PARTITION BY LIST (region);
CREATE TABLE public.measurements_eu PARTITION OF public.measurements FOR VALUES IN ('eu');
CREATE TABLE public.measurements_us PARTITION OF public.measurements FOR VALUES IN ('us');
