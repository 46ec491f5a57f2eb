-- min_version: 14
-- pg-delta regression column-order-roundtrip (#518): a column's default calls a BEGIN ATOMIC function reading a materialized view that a quoted SQL function fills from the very table (a dependency pg_depend does not see).
CREATE SCHEMA app;
CREATE TABLE app.t (a int);
CREATE FUNCTION app.table_count() RETURNS int LANGUAGE sql
  AS $$ SELECT count(*)::int FROM app.t $$;
CREATE MATERIALIZED VIEW app.counts AS SELECT app.table_count() AS n;
CREATE FUNCTION app.snapshot_count() RETURNS int LANGUAGE sql
  BEGIN ATOMIC SELECT n FROM app.counts; END;
ALTER TABLE app.t ADD COLUMN x int DEFAULT app.snapshot_count();
