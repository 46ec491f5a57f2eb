-- A view loses a middle column (needs DROP + CREATE, and the dependent view and grant recreated).

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
CREATE TABLE public.users (id integer PRIMARY KEY, email text, ssn text, name text);
CREATE VIEW public.user_list AS SELECT id, ssn, email, name FROM public.users;
CREATE VIEW public.user_names AS SELECT id, name FROM public.user_list;
GRANT SELECT ON public.user_list TO authenticated;
