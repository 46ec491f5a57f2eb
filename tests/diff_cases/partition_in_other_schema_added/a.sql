-- pg_dump's measurement (002_pg_dump.pl): a partition in another schema added, with its own default and CHECK, a row trigger disabled on it and SELECT granted.
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

CREATE SCHEMA dump_test_second_schema;
CREATE FUNCTION public.trigger_func() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END;$$;
CREATE TABLE public.measurement (
    city_id serial not null,
    logdate date not null,
    peaktemp int CHECK (peaktemp >= -460),
    unitsales int
) PARTITION BY RANGE (logdate);
ALTER TABLE public.measurement ADD PRIMARY KEY (city_id, logdate);
CREATE INDEX ON public.measurement (city_id, logdate);
CREATE TRIGGER test_trigger AFTER INSERT ON public.measurement
    FOR EACH ROW EXECUTE PROCEDURE public.trigger_func();
