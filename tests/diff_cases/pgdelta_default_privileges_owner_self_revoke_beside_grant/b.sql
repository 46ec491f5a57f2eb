-- pg-delta regression default-privileges-owner-self-revoke: a role's global default privileges revoke ALL on tables from itself while granting SELECT to another (the stored row then lacks the owner), and the same in one schema (where PostgreSQL gives the owner its privileges back).
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['dpsr_owner', 'dpsr_reader'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;
CREATE SCHEMA dpsr;
ALTER DEFAULT PRIVILEGES FOR ROLE dpsr_owner REVOKE ALL ON TABLES FROM dpsr_owner;
ALTER DEFAULT PRIVILEGES FOR ROLE dpsr_owner GRANT SELECT ON TABLES TO dpsr_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE dpsr_owner IN SCHEMA dpsr REVOKE ALL ON TABLES FROM dpsr_owner;
ALTER DEFAULT PRIVILEGES FOR ROLE dpsr_owner IN SCHEMA dpsr GRANT SELECT ON TABLES TO dpsr_reader;
