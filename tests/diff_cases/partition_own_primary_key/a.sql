-- A partition with a primary key of its own (the parent has none): its NOT NULL is its own too, added and dropped with it.

CREATE TABLE public.readings (k int, v int) PARTITION BY LIST (k);
CREATE TABLE public.readings_1 PARTITION OF public.readings (PRIMARY KEY (k)) FOR VALUES IN (1);
