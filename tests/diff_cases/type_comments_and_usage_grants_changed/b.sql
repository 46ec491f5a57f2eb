-- pg_dump's types (002_pg_dump.pl): comments on an enum, a range, a composite's column and a domain's CHECK changed, USAGE on them granted and revoked.
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

CREATE TYPE public.planets AS ENUM ('venus', 'earth', 'mars');
CREATE TYPE public.textrange AS RANGE (subtype = text, collation = "C");
CREATE TYPE public.composite AS (f1 int, f2 public.planets);
CREATE DOMAIN public.us_postal_code AS TEXT
    COLLATE "C"
    DEFAULT '10014'
    CHECK (VALUE ~ '^\d{5}$' OR VALUE ~ '^\d{5}-\d{4}$');

COMMENT ON TYPE public.planets IS 'the planets';
COMMENT ON TYPE public.textrange IS 'comment on range type';
COMMENT ON CONSTRAINT us_postal_code_check ON DOMAIN public.us_postal_code IS 'five digits, or five and four';
GRANT USAGE ON TYPE public.textrange TO regress_dump_test_role;
REVOKE USAGE ON TYPE public.composite FROM PUBLIC;
GRANT USAGE ON DOMAIN public.us_postal_code TO regress_dump_test_role;
