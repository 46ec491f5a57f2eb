-- owners: true
-- An aggregate over (*) (no arguments) with an owner, a comment and a grant: ALTER and COMMENT ON AGGREGATE spell it f(*), GRANT … ON FUNCTION f().
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['reporting', 'report_owner'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

CREATE AGGREGATE public.row_count(*) (
    SFUNC = int8inc,
    STYPE = int8,
    INITCOND = '0'
);

ALTER AGGREGATE public.row_count(*) OWNER TO report_owner;

COMMENT ON AGGREGATE public.row_count(*) IS 'Counts rows';

GRANT EXECUTE ON FUNCTION public.row_count() TO reporting;
