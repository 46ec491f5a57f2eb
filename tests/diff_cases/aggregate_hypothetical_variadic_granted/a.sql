-- A hypothetical-set aggregate over VARIADIC "any" granted to a role: GRANT … ON FUNCTION names its one argument once.
DO $$ BEGIN CREATE ROLE reporting NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
