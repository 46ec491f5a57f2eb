-- pg-delta corpus privilege-operations--column-grant-under-default-privileges: a table, a view and a materialized view made under default privileges granting ALL, narrowed to table and column grants.
DO $$ BEGIN CREATE ROLE corpus_colgrant_adp NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE corpus_colgrant_adp_colonly NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA test_schema;
ALTER DEFAULT PRIVILEGES IN SCHEMA test_schema
  GRANT ALL ON TABLES TO corpus_colgrant_adp, corpus_colgrant_adp_colonly;
