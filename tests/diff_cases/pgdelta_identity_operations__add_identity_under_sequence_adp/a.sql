-- pg-delta corpus identity-operations--add-identity-under-sequence-adp: identity added to a column while default privileges grant USAGE on new sequences (the source's sequence has no grant).
DO $$ BEGIN CREATE ROLE corpus_idseq_add_r NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA test_schema;
CREATE TABLE test_schema.t_ident (id bigint NOT NULL, v int);
ALTER DEFAULT PRIVILEGES IN SCHEMA test_schema GRANT USAGE ON SEQUENCES TO corpus_idseq_add_r;
