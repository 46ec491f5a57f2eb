-- A column dropped from a partitioned table while one partition has its own index on it: the index goes first (the parent's DROP COLUMN takes the partitions' copies along).

CREATE TABLE public.logs (k text) PARTITION BY LIST (k);
CREATE TABLE public.logs_a PARTITION OF public.logs FOR VALUES IN ('a');
