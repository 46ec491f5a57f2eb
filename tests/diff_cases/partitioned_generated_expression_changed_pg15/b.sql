-- A partitioned table's generated expression changes: before 17 (no SET EXPRESSION) the column is dropped and added on the parent alone.
CREATE TABLE readings (id int, raw int, scaled int GENERATED ALWAYS AS (raw * 100) STORED) PARTITION BY RANGE (id);
CREATE TABLE readings_low PARTITION OF readings FOR VALUES FROM (0) TO (100);
CREATE TABLE readings_high PARTITION OF readings FOR VALUES FROM (100) TO (200);
