-- pg-delta corpus partitioned-table-operations--add-key-column-under-intermediate: the root gains a column that a new sub-partition under an intermediate partition is keyed on.
CREATE SCHEMA test_schema;

CREATE TABLE test_schema.events (region text, zone text, created_on date) PARTITION BY LIST (region);
CREATE TABLE test_schema.events_eu PARTITION OF test_schema.events
  FOR VALUES IN ('eu') PARTITION BY LIST (zone);
CREATE TABLE test_schema.events_eu_west PARTITION OF test_schema.events_eu
  FOR VALUES IN ('west') PARTITION BY RANGE (created_on);
