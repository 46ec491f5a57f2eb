-- pg_dump's measurement grants (002_pg_dump.pl): a column SELECT and a column INSERT granted to roles, one whose name needs quoting, next to a table SELECT.
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['regress_dump_test_role', 'regress_quoted  " role'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

CREATE TABLE public.measurement (
    city_id serial not null,
    logdate date not null,
    peaktemp int,
    unitsales int
);
GRANT SELECT ON TABLE public.measurement TO regress_dump_test_role;

GRANT SELECT (city_id) ON TABLE public.measurement TO "regress_quoted  "" role";
GRANT INSERT (logdate, peaktemp) ON TABLE public.measurement TO regress_dump_test_role;
