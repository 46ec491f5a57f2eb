-- min_version: 18
-- A partitioned table gains a NOT NULL column while a partition is added: the new partition must not take the NOT NULL name the parent's column gets.
CREATE TABLE public.measurements (
    region text NOT NULL,
    value numeric
) PARTITION BY LIST (region);
CREATE TABLE public.measurements_us PARTITION OF public.measurements FOR VALUES IN ('us');
