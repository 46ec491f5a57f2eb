-- pg_dump's policies (002_pg_dump.pl): a permissive policy made AS RESTRICTIVE, a restrictive one made permissive.
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['regress_dump_test_role'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

CREATE TABLE public.test_table (col1 serial primary key, col2 text);
ALTER TABLE public.test_table ENABLE ROW LEVEL SECURITY;

CREATE POLICY p5 ON public.test_table AS RESTRICTIVE FOR DELETE TO regress_dump_test_role USING (true);
CREATE POLICY p6 ON public.test_table USING (false);
