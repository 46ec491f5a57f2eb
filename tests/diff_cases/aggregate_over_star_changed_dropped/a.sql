-- An aggregate over (*) (no arguments) changes its INITCOND, another is dropped: DROP and COMMENT ON AGGREGATE spell it f(*).
DO $$ BEGIN CREATE ROLE reporting NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

CREATE AGGREGATE row_count(*) (
    SFUNC = int8inc,
    STYPE = int8,
    INITCOND = '0'
);

COMMENT ON AGGREGATE row_count(*) IS 'Counts rows';

GRANT EXECUTE ON FUNCTION row_count() TO reporting;

CREATE AGGREGATE legacy_count(*) (
    SFUNC = int8inc,
    STYPE = int8,
    INITCOND = '0'
);

COMMENT ON AGGREGATE legacy_count(*) IS 'Kept for old reports';
