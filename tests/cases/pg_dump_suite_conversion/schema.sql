-- min_version: 14
-- owners: true
-- PostgreSQL's own pg_dump test suite (002_pg_dump.pl), its conversion: CREATE DEFAULT CONVERSION LATIN1 to UTF8 with a comment, a plain one through a function of the application's, owned by another role.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regress_dump_test_role') THEN
        BEGIN
            CREATE ROLE regress_dump_test_role NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END $$;

CREATE SCHEMA dump_test;
CREATE DEFAULT CONVERSION dump_test.test_conversion FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
COMMENT ON CONVERSION dump_test.test_conversion
    IS 'comment on test conversion';

CREATE FUNCTION dump_test.latin2_to_utf8_wrapped(integer, integer, cstring, internal, integer, boolean)
    RETURNS integer LANGUAGE c STRICT PARALLEL SAFE AS '$libdir/utf8_and_iso8859', 'iso8859_to_utf8';
CREATE CONVERSION dump_test.latin2_conversion FOR 'LATIN2' TO 'UTF8' FROM dump_test.latin2_to_utf8_wrapped;
ALTER CONVERSION dump_test.latin2_conversion OWNER TO regress_dump_test_role;
