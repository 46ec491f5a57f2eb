-- PostgreSQL's own pg_dump test suite (002_pg_dump.pl), its partitioned table: serial key and CHECK on the parent, a partition in another schema with its own default and CHECK, a row trigger disabled, ENABLE REPLICA and ENABLE ALWAYS on partitions, a parent index and a primary key added afterwards, table and column grants (one to a role whose name needs quoting).
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['regress_dump_test_role', 'regress_quoted  " role'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

CREATE SCHEMA dump_test;
CREATE SCHEMA dump_test_second_schema;
GRANT USAGE ON SCHEMA dump_test_second_schema TO regress_dump_test_role;

CREATE FUNCTION dump_test.trigger_func()
    RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN RETURN NULL; END;$$;

CREATE TABLE dump_test.measurement (
    city_id serial not null,
    logdate date not null,
    peaktemp int CHECK (peaktemp >= -460),
    unitsales int
) PARTITION BY RANGE (logdate);
GRANT SELECT ON TABLE dump_test.measurement TO regress_dump_test_role;
GRANT SELECT(city_id) ON TABLE dump_test.measurement TO "regress_quoted  "" role";

CREATE TABLE dump_test_second_schema.measurement_y2006m2
    PARTITION OF dump_test.measurement (
        unitsales DEFAULT 0 CHECK (unitsales >= 0)
    )
    FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');

CREATE INDEX ON dump_test.measurement (city_id, logdate);

CREATE TRIGGER test_trigger
    AFTER INSERT ON dump_test.measurement
    FOR EACH ROW EXECUTE PROCEDURE dump_test.trigger_func();

ALTER TABLE dump_test.measurement ADD PRIMARY KEY (city_id, logdate);

CREATE TABLE dump_test_second_schema.measurement_y2006m3
    PARTITION OF dump_test.measurement
    FOR VALUES FROM ('2006-03-01') TO ('2006-04-01');
ALTER TABLE dump_test_second_schema.measurement_y2006m3 DISABLE TRIGGER test_trigger;
CREATE TABLE dump_test_second_schema.measurement_y2006m4
    PARTITION OF dump_test.measurement
    FOR VALUES FROM ('2006-04-01') TO ('2006-05-01');
ALTER TABLE dump_test_second_schema.measurement_y2006m4 ENABLE REPLICA TRIGGER test_trigger;
CREATE TABLE dump_test_second_schema.measurement_y2006m5
    PARTITION OF dump_test.measurement
    FOR VALUES FROM ('2006-05-01') TO ('2006-06-01');
ALTER TABLE dump_test_second_schema.measurement_y2006m5 ENABLE ALWAYS TRIGGER test_trigger;

GRANT SELECT ON TABLE
    dump_test_second_schema.measurement_y2006m2,
    dump_test_second_schema.measurement_y2006m3,
    dump_test_second_schema.measurement_y2006m4,
    dump_test_second_schema.measurement_y2006m5
    TO regress_dump_test_role;
