-- pg-delta corpus identity-operations--replace-generated-column-with-identity-under-adp: a stored generated column becomes an identity column while default privileges grant USAGE on new sequences.
DO $$ BEGIN CREATE ROLE corpus_idseq_gen_r NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA test_schema;
CREATE TABLE test_schema.t_gen (v int DEFAULT 0, id int GENERATED ALWAYS AS IDENTITY);
ALTER DEFAULT PRIVILEGES IN SCHEMA test_schema GRANT USAGE ON SEQUENCES TO corpus_idseq_gen_r;
