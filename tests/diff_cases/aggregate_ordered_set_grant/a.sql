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
