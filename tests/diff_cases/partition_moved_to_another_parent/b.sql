-- A partition kept while its partitioned parent is replaced by another one (different name, column type and keys): detached, its columns and keys made to match, attached to the new parent.

CREATE TABLE public.samples (k int, v int, PRIMARY KEY (k, v)) PARTITION BY LIST (k);
CREATE INDEX samples_v_idx ON public.samples (v);
CREATE TABLE public.readings_1 PARTITION OF public.samples FOR VALUES IN (1);
