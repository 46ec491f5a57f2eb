-- owners: true
-- pg_dump's test_conversion (002_pg_dump.pl): a conversion made DEFAULT and its comment changed, one dropped with the function it goes through, another added, an owner changed.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regress_dump_test_role') THEN
        BEGIN
            CREATE ROLE regress_dump_test_role NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END $$;

CREATE DEFAULT CONVERSION public.test_conversion FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
COMMENT ON CONVERSION public.test_conversion IS 'the default LATIN1 to UTF8';
CREATE CONVERSION public.win_conversion FOR 'WIN1252' TO 'UTF8' FROM win_to_utf8;
ALTER CONVERSION public.win_conversion OWNER TO regress_dump_test_role;
CREATE CONVERSION public.koi8_conversion FOR 'KOI8R' TO 'UTF8' FROM koi8r_to_utf8;
