-- A role revokes from itself, by default, what its new tables would give their owner
-- (append-only by default: no UPDATE, DELETE or TRUNCATE); b.sql gives TRUNCATE back and
-- also keeps new functions from PUBLIC.
DO $$ BEGIN CREATE ROLE app_migrator; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
ALTER DEFAULT PRIVILEGES FOR ROLE app_migrator REVOKE UPDATE, DELETE, TRUNCATE ON TABLES FROM app_migrator;
