-- A column inserted in the middle of a partitioned table: the parent is rebuilt, and its partition, detached meanwhile, is rebuilt too so that its columns keep the parent's order.

CREATE TABLE public.measures (x int, t text) PARTITION BY LIST (t);
CREATE TABLE public.measures_a PARTITION OF public.measures FOR VALUES IN ('a');
