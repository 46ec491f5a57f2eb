-- An ordered-set aggregate and a grant on it (GRANT … ON FUNCTION spells its arguments without ORDER BY).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reporting') THEN
        BEGIN
            CREATE ROLE reporting NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END $$;
CREATE FUNCTION public.last_value_step(state anyelement, value anyelement)
  RETURNS anyelement LANGUAGE sql IMMUTABLE AS $$ SELECT value $$;
CREATE AGGREGATE public.last_in_order(anyelement ORDER BY anyelement) (SFUNC = public.last_value_step, STYPE = anyelement);
REVOKE ALL ON FUNCTION public.last_in_order(anyelement, anyelement) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.last_in_order(anyelement, anyelement) TO reporting;
COMMENT ON AGGREGATE public.last_in_order(anyelement ORDER BY anyelement) IS 'the last value, in the given order';
