-- USAGE on a foreign server granted and revoked.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'etl_reader') THEN
        BEGIN
            CREATE ROLE etl_reader NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END $$;
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER warehouse FOREIGN DATA WRAPPER postgres_fdw;
CREATE SERVER archive FOREIGN DATA WRAPPER postgres_fdw;
GRANT USAGE ON FOREIGN SERVER archive TO etl_reader;
