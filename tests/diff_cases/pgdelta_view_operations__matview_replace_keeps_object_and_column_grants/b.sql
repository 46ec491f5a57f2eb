-- pg-delta corpus view-operations--matview-replace-keeps-object-and-column-grants: a materialized view made again keeps a role's table-level and column grants.
DO $$ BEGIN CREATE ROLE corpus_r_mv_objcol NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA test_schema;
CREATE MATERIALIZED VIEW test_schema.mv AS SELECT 10 AS a, 20 AS b;
GRANT SELECT ON test_schema.mv TO corpus_r_mv_objcol;
GRANT REFERENCES (b) ON test_schema.mv TO corpus_r_mv_objcol;
