-- min_version: 17
-- A partitioned table added with a table access method of its own (PostgreSQL 17+: its partitions' default), one partition on it and one USING heap.
CREATE ACCESS METHOD regress_table_am TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.readings (id int, at date) PARTITION BY LIST (id) USING regress_table_am;
CREATE TABLE public.readings_1 PARTITION OF public.readings FOR VALUES IN (1);
CREATE TABLE public.readings_2 PARTITION OF public.readings FOR VALUES IN (2) USING heap;
