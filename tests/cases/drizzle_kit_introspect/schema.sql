-- drizzle-kit's introspection tests (drizzle-kit/tests/postgres/pull.test.ts) as SQL: defaults of every column type and array, awkward names, views' options, policies.
-- Adapted: the schemas drizzle builds in TypeScript written as the SQL drizzle-kit pushes for them.
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['drizzle_manager', 'drizzle_user_role'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

CREATE SCHEMA schema2;
CREATE SCHEMA new_schema;
CREATE SCHEMA "CaseSensitiveSchema";

CREATE TYPE my_enum AS ENUM ('a', 'b', 'c');
CREATE TYPE schema2.my_enum AS ENUM ('a', 'b', 'c');
CREATE TYPE time_left AS ENUM ('short', 'medium', 'long');
CREATE TYPE quoted_enum AS ENUM ('escape''s quotes " ');
CREATE TYPE enum_1 AS ENUM ('text', 'not_text');

-- introspect all column types
CREATE TABLE columns (
    my_enum my_enum DEFAULT 'a',
    "smallint" smallint DEFAULT 10,
    "integer" integer DEFAULT 10,
    "numeric" numeric(3, 1) DEFAULT '99.9',
    numeric3 numeric DEFAULT '99.9',
    "bigint" bigint DEFAULT 100,
    "boolean" boolean DEFAULT true,
    text text DEFAULT 'abc',
    text1 text DEFAULT gen_random_uuid(),
    text2 text DEFAULT '``',
    text3 text DEFAULT '',
    "varchar" varchar(25) DEFAULT 'abc',
    varchar1 varchar(25) DEFAULT '',
    "char" char(3) DEFAULT 'abc',
    char1 char(3) DEFAULT '',
    serial serial,
    bigserial bigserial,
    smallserial smallserial,
    "doublePrecision" double precision DEFAULT 100,
    "real" real DEFAULT 100,
    json json DEFAULT '{"attr":"value"}'::json,
    json1 json DEFAULT jsonb_build_object(),
    jsonb jsonb DEFAULT '{"attr":"value"}'::jsonb,
    jsonb1 jsonb DEFAULT jsonb_build_object(),
    jsonb2 jsonb DEFAULT '{}'::jsonb,
    time1 time DEFAULT '00:00:00',
    time2 time DEFAULT now(),
    timestamp1 timestamp(6) with time zone DEFAULT '2025-05-23 12:53:53.115+00',
    timestamp2 timestamp(6) with time zone DEFAULT now(),
    timestamp3 timestamp(6) with time zone DEFAULT timezone('utc'::text, now()),
    date1 date DEFAULT '2024-01-01',
    date2 date DEFAULT now(),
    date3 date DEFAULT CURRENT_TIMESTAMP,
    uuid1 uuid DEFAULT 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
    uuid2 uuid DEFAULT gen_random_uuid(),
    inet inet DEFAULT '127.0.0.1',
    cidr cidr DEFAULT '127.0.0.1/32',
    macaddr macaddr DEFAULT '00:00:00:00:00:00',
    macaddr8 macaddr8 DEFAULT '00:00:00:ff:fe:00:00:00',
    "interval" interval DEFAULT '1 day 01:00:00',
    "customType" tsvector DEFAULT to_tsvector('english', 'The Fat Rats')
);

-- introspect all column array types
CREATE TABLE array_columns (
    my_enum my_enum[] DEFAULT '{a,b}',
    "smallint" smallint[] DEFAULT '{10,20}',
    "integer" integer[] DEFAULT '{10,20}',
    "numeric" numeric(3, 1)[] DEFAULT '{99.9,88.8}',
    "bigint" bigint[] DEFAULT '{100,200}',
    "boolean" boolean[] DEFAULT '{true,false}',
    test text[] DEFAULT '{abc,def}',
    "varchar" varchar(25)[] DEFAULT '{abc,def}',
    "char" char(3)[] DEFAULT '{abc,def}',
    "doublePrecision" double precision[] DEFAULT '{100,200}',
    "real" real[] DEFAULT '{100,200}',
    json json[] DEFAULT '{"{\"attr\":\"value1\"}","{\"attr\":\"value2\"}"}',
    jsonb jsonb[] DEFAULT '{"{\"attr\":\"value1\"}","{\"attr\":\"value2\"}"}',
    jsonb1 jsonb[] DEFAULT '{}',
    jsonb2 jsonb[] DEFAULT '{}'::jsonb[],
    "time" time[] DEFAULT '{00:00:00,01:00:00}',
    "timestamp" timestamp(6) with time zone[] DEFAULT '{"2025-05-23 12:53:53.115+00","2025-05-23 12:53:53.115+00"}',
    date date[] DEFAULT '{2024-01-01,2024-01-02}',
    uuid uuid[] DEFAULT '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11,a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12}',
    inet inet[] DEFAULT '{127.0.0.1,127.0.0.2}',
    cidr cidr[] DEFAULT '{127.0.0.1/32,127.0.0.2/32}',
    macaddr macaddr[] DEFAULT '{00:00:00:00:00:00,00:00:00:00:00:01}',
    macaddr8 macaddr8[] DEFAULT '{00:00:00:ff:fe:00:00:00,00:00:00:ff:fe:00:00:01}',
    "interval" interval[] DEFAULT '{"1 day 01:00:00","1 day 02:00:00"}'
);

-- names, enums across schemas, quotes
CREATE TABLE users (
    "not:allowed" integer,
    "nuh-uh" integer,
    "1_nope" integer,
    valid integer,
    col schema2.my_enum,
    col2 my_enum
);
CREATE TABLE auction (col1 time_left);
CREATE TABLE quotes (
    my_enum quoted_enum DEFAULT 'escape''s quotes " ',
    text text DEFAULT 'escape''s quotes " ',
    "varchar" varchar DEFAULT 'escape''s quotes " '
);

-- indexes
CREATE TABLE people (first_name text, last_name text, data jsonb);
CREATE INDEX single_column ON people (first_name);
CREATE INDEX multi_column ON people (first_name, last_name);
CREATE INDEX single_expression ON people (lower(first_name));
CREATE INDEX multi_expression ON people (lower(first_name), lower(last_name));
CREATE INDEX expression_with_comma ON people ((lower(first_name) || ', '::text || lower(last_name)));
CREATE INDEX expression_with_double_quote ON people (('"'::text || first_name));
CREATE INDEX expression_with_jsonb_operator ON people ((data #>> '{a,b,1}'::text[]));
CREATE TABLE job (name text, start_after text, priority text, created_on text, id text, state text);
CREATE INDEX job_i5 ON job (name, start_after) INCLUDE (priority, created_on, id) WHERE state < 'active';

-- checks of the same name in two schemas
CREATE TABLE checked (id serial, name varchar, age integer, CONSTRAINT some_check CHECK (age > 21));
CREATE TABLE schema2.checked (id serial, age integer, CONSTRAINT some_check CHECK (age < 1));

-- views
CREATE TABLE view_users (id serial PRIMARY KEY NOT NULL, users varchar);
CREATE VIEW some_view AS SELECT id, users FROM view_users;
CREATE VIEW some_view_2 WITH (check_option = cascaded) AS SELECT * FROM view_users;
CREATE VIEW new_schema.some_view WITH (check_option = cascaded) AS SELECT * FROM view_users;
CREATE MATERIALIZED VIEW new_schema.some_mat_view WITH (autovacuum_enabled = true) AS SELECT * FROM view_users;
CREATE MATERIALIZED VIEW some_mat_view USING heap AS SELECT id, users FROM view_users WITH NO DATA;
CREATE MATERIALIZED VIEW some_mat_view_2 WITH (autovacuum_freeze_min_age = 1) AS SELECT * FROM view_users;
CREATE TABLE test (column1 enum_1[], column2 enum_1[][]);
CREATE VIEW public_jobs_with_companies AS SELECT column1, column2 FROM test;
CREATE TABLE "table" (column1 text NOT NULL, column2 text);
CREATE VIEW public_table_view_4 AS select column1, column2 from "table";

-- policies
CREATE TABLE policy_users (id integer PRIMARY KEY);
ALTER TABLE policy_users ENABLE ROW LEVEL SECURITY;
CREATE POLICY test ON policy_users AS PERMISSIVE FOR ALL TO public USING (true) WITH CHECK (true);
CREATE POLICY "newRls" ON policy_users TO postgres, drizzle_manager, drizzle_user_role;
CREATE POLICY everything ON policy_users AS PERMISSIVE FOR ALL TO postgres;

-- case-sensitive schema, identity, foreign keys, self reference
CREATE TABLE "CaseSensitiveSchema".users (id integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY, name text);
CREATE TABLE identity_users (
    id integer GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME custom_name START WITH 100),
    id2 integer GENERATED BY DEFAULT AS IDENTITY (START WITH 10 INCREMENT BY 4 MINVALUE 10 MAXVALUE 10000 CACHE 100 CYCLE),
    email text,
    "generatedEmail" text GENERATED ALWAYS AS (email) STORED,
    predict jsonb,
    predictions jsonb GENERATED ALWAYS AS (predict -> 'predictions') STORED
);
CREATE SCHEMA my_schema;
CREATE TABLE fk_users (id integer PRIMARY KEY, name text, invited_id integer REFERENCES fk_users (id));
CREATE TABLE my_schema.posts (id integer PRIMARY KEY, user_id integer REFERENCES fk_users (id) ON DELETE SET NULL ON UPDATE CASCADE);

CREATE TABLE measurement (
    city_id int not null,
    logdate date not null,
    peaktemp int,
    unitsales int
) PARTITION BY RANGE (logdate);
