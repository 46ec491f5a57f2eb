-- min_version: 14
-- PostgreSQL's own pg_dump test suite (002_pg_dump.pl), its types and routines: enum, text range with a collation, composite with a column comment, a domain with COLLATE/DEFAULT/CHECK and a constraint comment, USAGE grants on them, a collation, a cast, an operator, an aggregate with FINALFUNC_MODIFY, a function with SUPPORT, an atomic function relying on a primary key, a procedure, trigger and event trigger, a C language handler function.
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

CREATE TABLE dump_test.test_table (
    col1 serial primary key,
    col2 text,
    col3 text,
    col4 text
);

CREATE AGGREGATE dump_test.newavg (
    sfunc = int4_avg_accum,
    basetype = int4,
    stype = _int8,
    finalfunc = int8_avg,
    finalfunc_modify = shareable,
    initcond1 = '{0,0}'
);

CREATE DOMAIN dump_test.us_postal_code AS TEXT
    COLLATE "C"
    DEFAULT '10014'
    CHECK(VALUE ~ '^\d{5}$' OR
          VALUE ~ '^\d{5}-\d{4}$');
COMMENT ON CONSTRAINT us_postal_code_check
    ON DOMAIN dump_test.us_postal_code IS 'check it';
GRANT USAGE ON DOMAIN dump_test.us_postal_code TO regress_dump_test_role;

CREATE FUNCTION dump_test.trigger_func()
    RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN RETURN NULL; END;$$;

CREATE FUNCTION dump_test.event_trigger_func()
    RETURNS event_trigger LANGUAGE plpgsql
    AS $$ BEGIN RETURN; END;$$;

CREATE EVENT TRIGGER test_event_trigger
    ON ddl_command_start
    EXECUTE FUNCTION dump_test.event_trigger_func();

CREATE TRIGGER test_trigger
    BEFORE INSERT ON dump_test.test_table
    FOR EACH ROW WHEN (NEW.col1 > 10)
    EXECUTE FUNCTION dump_test.trigger_func();

CREATE TYPE dump_test.planets
    AS ENUM ( 'venus', 'earth', 'mars' );
COMMENT ON TYPE dump_test.planets IS 'comment on enum type';
GRANT USAGE ON TYPE dump_test.planets TO regress_dump_test_role;

CREATE TYPE dump_test.textrange
    AS RANGE (subtype=text, collation="C");
COMMENT ON TYPE dump_test.textrange IS 'comment on range type';
GRANT USAGE ON TYPE dump_test.textrange TO regress_dump_test_role;

CREATE TYPE dump_test.composite AS (
    f1 int,
    f2 dump_test.planets
);
COMMENT ON COLUMN dump_test.composite.f1 IS 'comment on column of type';

CREATE FUNCTION dump_test.func_with_support() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$ SUPPORT varchar_support;

CREATE TABLE dump_test.ordering_table (id int primary key, data int);
CREATE FUNCTION dump_test.ordering_func ()
RETURNS SETOF dump_test.ordering_table
LANGUAGE sql BEGIN ATOMIC
SELECT * FROM dump_test.ordering_table GROUP BY id; END;

CREATE PROCEDURE dump_test.ptest1(a int)
    LANGUAGE SQL AS $$ INSERT INTO dump_test.test_table (col1) VALUES (a) $$;

CREATE OPERATOR dump_test.~~ (
    PROCEDURE = int4eq,
    LEFTARG = int,
    RIGHTARG = int);

CREATE COLLATION test0 FROM "C";
COMMENT ON COLLATION test0 IS 'comment on test0 collation';

CREATE CAST (timestamptz AS interval) WITH FUNCTION age(timestamptz) AS ASSIGNMENT;

CREATE FUNCTION dump_test.pltestlang_call_handler()
    RETURNS LANGUAGE_HANDLER AS '$libdir/plpgsql',
    'plpgsql_call_handler' LANGUAGE C;
