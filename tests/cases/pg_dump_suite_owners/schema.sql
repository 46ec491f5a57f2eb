-- owners: true
-- PostgreSQL's own pg_dump test suite (002_pg_dump.pl), its ALTER … OWNER TO checks: schema, table, partition, foreign table, matview, view, sequence, function, procedure, aggregate, operator, type, domain, collation, text search configuration and dictionary, wrapper, server, publication and event trigger owned by other roles (a superuser for the wrapper, the event trigger and the publication).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regress_dump_test_role') THEN
        BEGIN
            CREATE ROLE regress_dump_test_role NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
    -- a wrapper, an event trigger and a publication can only be handed to a superuser
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regress_dump_test_superuser') THEN
        BEGIN
            CREATE ROLE regress_dump_test_superuser NOLOGIN SUPERUSER;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END $$;

CREATE SCHEMA dump_test AUTHORIZATION regress_dump_test_role;
CREATE SCHEMA dump_test_second_schema;
ALTER SCHEMA dump_test_second_schema OWNER TO regress_dump_test_role;

CREATE TABLE dump_test.test_table (
    col1 serial primary key,
    col2 text
);
ALTER TABLE dump_test.test_table OWNER TO regress_dump_test_role;

CREATE TABLE dump_test.measurement (
    city_id int not null,
    logdate date not null
) PARTITION BY RANGE (logdate);
ALTER TABLE dump_test.measurement OWNER TO regress_dump_test_role;
CREATE TABLE dump_test_second_schema.measurement_y2006m2
    PARTITION OF dump_test.measurement
    FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');
ALTER TABLE dump_test_second_schema.measurement_y2006m2 OWNER TO regress_dump_test_role;

CREATE MATERIALIZED VIEW dump_test.matview (col1) AS
    SELECT col1 FROM dump_test.test_table;
ALTER MATERIALIZED VIEW dump_test.matview OWNER TO regress_dump_test_role;
CREATE VIEW dump_test.test_view AS SELECT col1 FROM dump_test.test_table;
ALTER VIEW dump_test.test_view OWNER TO regress_dump_test_role;
CREATE SEQUENCE dump_test.free_seq;
ALTER SEQUENCE dump_test.free_seq OWNER TO regress_dump_test_role;

CREATE FUNCTION dump_test.trigger_func()
    RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN RETURN NULL; END;$$;
ALTER FUNCTION dump_test.trigger_func() OWNER TO regress_dump_test_role;
CREATE FUNCTION dump_test.event_trigger_func()
    RETURNS event_trigger LANGUAGE plpgsql
    AS $$ BEGIN RETURN; END;$$;
CREATE EVENT TRIGGER test_event_trigger
    ON ddl_command_start
    EXECUTE FUNCTION dump_test.event_trigger_func();
ALTER EVENT TRIGGER test_event_trigger OWNER TO regress_dump_test_superuser;
CREATE PROCEDURE dump_test.ptest1(a int)
    LANGUAGE SQL AS $$ INSERT INTO dump_test.test_table (col1) VALUES (a) $$;
ALTER PROCEDURE dump_test.ptest1(int) OWNER TO regress_dump_test_role;
CREATE AGGREGATE dump_test.newavg (
    sfunc = int4_avg_accum,
    basetype = int4,
    stype = _int8,
    finalfunc = int8_avg,
    initcond1 = '{0,0}'
);
ALTER AGGREGATE dump_test.newavg(int4) OWNER TO regress_dump_test_role;
CREATE OPERATOR dump_test.~~ (
    PROCEDURE = int4eq,
    LEFTARG = int,
    RIGHTARG = int);
ALTER OPERATOR dump_test.~~ (int, int) OWNER TO regress_dump_test_role;

CREATE TYPE dump_test.planets AS ENUM ('venus', 'earth', 'mars');
ALTER TYPE dump_test.planets OWNER TO regress_dump_test_role;
CREATE DOMAIN dump_test.us_postal_code AS text CHECK (VALUE ~ '^\d{5}$');
ALTER DOMAIN dump_test.us_postal_code OWNER TO regress_dump_test_role;
CREATE COLLATION public.test0 FROM "C";
ALTER COLLATION public.test0 OWNER TO regress_dump_test_role;

CREATE TEXT SEARCH CONFIGURATION dump_test.alt_ts_conf1 (copy=english);
ALTER TEXT SEARCH CONFIGURATION dump_test.alt_ts_conf1 OWNER TO regress_dump_test_role;
CREATE TEXT SEARCH DICTIONARY dump_test.alt_ts_dict1 (template=simple);
ALTER TEXT SEARCH DICTIONARY dump_test.alt_ts_dict1 OWNER TO regress_dump_test_role;

CREATE FOREIGN DATA WRAPPER dummy;
ALTER FOREIGN DATA WRAPPER dummy OWNER TO regress_dump_test_superuser;
GRANT USAGE ON FOREIGN DATA WRAPPER dummy TO regress_dump_test_role;
CREATE SERVER s1 FOREIGN DATA WRAPPER dummy;
ALTER SERVER s1 OWNER TO regress_dump_test_role;
CREATE FOREIGN TABLE dump_test.foreign_table (c1 int options (column_name 'col1'))
    SERVER s1 OPTIONS (schema_name 'x1');
ALTER FOREIGN TABLE dump_test.foreign_table OWNER TO regress_dump_test_role;

CREATE PUBLICATION pub1 FOR TABLE dump_test.test_table;
ALTER PUBLICATION pub1 OWNER TO regress_dump_test_superuser;
