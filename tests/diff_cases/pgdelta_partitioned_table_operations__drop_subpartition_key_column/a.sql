-- pg-delta corpus partitioned-table-operations--drop-subpartition-key-column: the root drops a column that only a sub-partitioned partition is keyed on.
CREATE SCHEMA test_schema;

CREATE TABLE test_schema.events (region text, created_on date) PARTITION BY LIST (region);
CREATE TABLE test_schema.events_eu PARTITION OF test_schema.events
  FOR VALUES IN ('eu') PARTITION BY RANGE (created_on);
CREATE TABLE test_schema.events_eu_2024 PARTITION OF test_schema.events_eu
  FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
