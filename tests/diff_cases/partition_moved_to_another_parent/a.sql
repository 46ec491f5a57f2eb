-- A partition kept while its partitioned parent is replaced by another one (different name, column type and keys): detached, its columns and keys made to match, attached to the new parent.

CREATE TABLE public.readings (k int, v text) PARTITION BY LIST (k);
CREATE TABLE public.readings_1 PARTITION OF public.readings FOR VALUES IN (1);
