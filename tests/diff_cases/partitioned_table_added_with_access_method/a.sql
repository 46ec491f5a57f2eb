-- min_version: 17
-- A partitioned table added with a table access method of its own (PostgreSQL 17+: its partitions' default), one partition on it and one USING heap.
CREATE ACCESS METHOD regress_table_am TYPE TABLE HANDLER heap_tableam_handler;
