-- owners: true
-- pg_dump's ALTER … OWNER TO checks (002_pg_dump.pl) as a change: collation, conversion, text search configuration and dictionary, operator, aggregate, procedure, matview, foreign table, server, wrapper, event trigger and publication handed to other roles.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regress_dump_test_role') THEN
        BEGIN
            CREATE ROLE regress_dump_test_role NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regress_dump_test_superuser') THEN
        BEGIN
            CREATE ROLE regress_dump_test_superuser NOLOGIN SUPERUSER;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END $$;

CREATE COLLATION public.test0 FROM "C";
CREATE CONVERSION public.test_conversion FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
CREATE TEXT SEARCH CONFIGURATION public.alt_ts_conf1 (copy=english);
CREATE TEXT SEARCH DICTIONARY public.alt_ts_dict1 (template=simple);
CREATE OPERATOR public.~~ (PROCEDURE = int4eq, LEFTARG = int, RIGHTARG = int);
CREATE AGGREGATE public.newavg (sfunc = int4_avg_accum, basetype = int4, stype = _int8, finalfunc = int8_avg, initcond1 = '{0,0}');
CREATE TABLE public.test_table (col1 int PRIMARY KEY);
CREATE PROCEDURE public.ptest1(a int) LANGUAGE SQL AS $$ INSERT INTO public.test_table (col1) VALUES (a) $$;
CREATE MATERIALIZED VIEW public.matview AS SELECT col1 FROM public.test_table;
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER s1 FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE public.foreign_table (c1 int) SERVER s1;
CREATE FUNCTION public.event_trigger_func() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RETURN; END;$$;
CREATE EVENT TRIGGER test_event_trigger ON ddl_command_start EXECUTE FUNCTION public.event_trigger_func();
CREATE PUBLICATION pub1 FOR TABLE public.test_table;

ALTER COLLATION public.test0 OWNER TO regress_dump_test_role;
ALTER CONVERSION public.test_conversion OWNER TO regress_dump_test_role;
ALTER TEXT SEARCH CONFIGURATION public.alt_ts_conf1 OWNER TO regress_dump_test_role;
ALTER TEXT SEARCH DICTIONARY public.alt_ts_dict1 OWNER TO regress_dump_test_role;
ALTER OPERATOR public.~~ (int, int) OWNER TO regress_dump_test_role;
ALTER AGGREGATE public.newavg(int4) OWNER TO regress_dump_test_role;
ALTER PROCEDURE public.ptest1(int) OWNER TO regress_dump_test_role;
ALTER MATERIALIZED VIEW public.matview OWNER TO regress_dump_test_role;
ALTER FOREIGN DATA WRAPPER dummy OWNER TO regress_dump_test_superuser;
GRANT USAGE ON FOREIGN DATA WRAPPER dummy TO regress_dump_test_role;
ALTER SERVER s1 OWNER TO regress_dump_test_role;
ALTER FOREIGN TABLE public.foreign_table OWNER TO regress_dump_test_role;
ALTER EVENT TRIGGER test_event_trigger OWNER TO regress_dump_test_superuser;
ALTER PUBLICATION pub1 OWNER TO regress_dump_test_superuser;
