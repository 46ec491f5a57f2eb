-- min_version: 14
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

CREATE CONVERSION public.test_conversion FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
COMMENT ON CONVERSION public.test_conversion IS 'comment on test conversion';
CREATE CONVERSION public.win_conversion FOR 'WIN1252' TO 'UTF8' FROM win_to_utf8;

CREATE FUNCTION public.latin2_to_utf8_wrapped(integer, integer, cstring, internal, integer, boolean)
    RETURNS integer LANGUAGE c STRICT PARALLEL SAFE AS '$libdir/utf8_and_iso8859', 'iso8859_to_utf8';
CREATE CONVERSION public.latin2_conversion FOR 'LATIN2' TO 'UTF8' FROM public.latin2_to_utf8_wrapped;
