-- pg-delta corpus identity-operations--drop-identity-with-sequence-grant: identity dropped from a column whose sequence carries a grant.
DO $$ BEGIN CREATE ROLE corpus_idseq_drop_r NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA test_schema;
CREATE TABLE test_schema.t_ident (id bigint NOT NULL, v int);
