-- pg-delta regression column-order-roundtrip (#518): a column's default calls a BEGIN ATOMIC function reading a materialized view that a quoted SQL function fills from the very table (a dependency pg_depend does not see).
CREATE SCHEMA app;
