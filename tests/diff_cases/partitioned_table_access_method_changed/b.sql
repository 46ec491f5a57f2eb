-- min_version: 17
-- A partitioned table given a table access method of its own (PostgreSQL 17+: ALTER TABLE … SET ACCESS METHOD), its partition staying on heap.
CREATE ACCESS METHOD regress_table_am TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.readings (id int, at date) PARTITION BY LIST (id);
ALTER TABLE public.readings SET ACCESS METHOD regress_table_am;
CREATE TABLE public.readings_1 PARTITION OF public.readings FOR VALUES IN (1) USING heap;
