-- A serial table rebuilt for its column order while its sequence's grants change: the sequence outlives the rebuild (detached, attached again), so its grants are compared, not granted afresh.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'forum_app') THEN
        BEGIN
            CREATE ROLE forum_app NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END $$;
CREATE TABLE public.threads (id serial PRIMARY KEY, title text NOT NULL, pinned boolean, extra int);
GRANT ALL ON SEQUENCE public.threads_id_seq TO forum_app;
