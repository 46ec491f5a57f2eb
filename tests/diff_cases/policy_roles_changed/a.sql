-- A policy's TO roles change (authenticated -> authenticated, service_role; PUBLIC -> anon).

DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['anon', 'authenticated', 'service_role'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;
CREATE TABLE public.posts (id integer PRIMARY KEY, published boolean);
ALTER TABLE public.posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY posts_write ON public.posts FOR UPDATE TO authenticated USING (true);
CREATE POLICY posts_read ON public.posts FOR SELECT USING (published);
