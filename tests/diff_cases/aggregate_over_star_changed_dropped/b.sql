-- An aggregate over (*) (no arguments) changes its INITCOND, another is dropped: DROP and COMMENT ON AGGREGATE spell it f(*).
DO $$ BEGIN CREATE ROLE reporting NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

CREATE AGGREGATE row_count(*) (
    SFUNC = int8inc,
    STYPE = int8,
    INITCOND = '1'
);

COMMENT ON AGGREGATE row_count(*) IS 'Counts rows, starting at one';

GRANT EXECUTE ON FUNCTION row_count() TO reporting;
