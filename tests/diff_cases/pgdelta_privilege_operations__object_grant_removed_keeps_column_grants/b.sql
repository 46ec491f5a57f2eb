-- pg-delta corpus privilege-operations--object-grant-removed-keeps-column-grants: a role's table-level grants on a table, a view and a materialized view go while its column grants stay.
DO $$ BEGIN CREATE ROLE corpus_colgrant_removed NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA test_schema;

CREATE TABLE test_schema.t (id integer, name text);
GRANT UPDATE (name) ON test_schema.t TO corpus_colgrant_removed;

CREATE VIEW test_schema.v AS SELECT 1 AS a, 2 AS b;
GRANT UPDATE (b) ON test_schema.v TO corpus_colgrant_removed;

CREATE MATERIALIZED VIEW test_schema.mv AS SELECT 1 AS a, 2 AS b;
GRANT REFERENCES (b) ON test_schema.mv TO corpus_colgrant_removed;
