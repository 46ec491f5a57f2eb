-- pg-delta corpus partitioned-table-operations--partition-key-expression-column-type-change: a column used only inside a partition key expression is retyped.
CREATE SCHEMA test_schema;

CREATE TABLE test_schema.accounts (region text) PARTITION BY LIST (lower(region));
