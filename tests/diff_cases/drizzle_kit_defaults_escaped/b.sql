-- drizzle-kit's default tests (drizzle-kit/tests/postgres/pg-defaults.test.ts): defaults with quotes, backslashes, braces and JSON escapes set on existing columns, after.
CREATE TYPE mood AS ENUM ('one', 'two', 'it''s "3"');
CREATE DOMAIN note AS text DEFAULT 'plain';

CREATE TABLE defaults (
    id integer PRIMARY KEY,
    c char(15) DEFAULT 'mo''''",\`}{od',
    v varchar(256) DEFAULT E'mo\\",\\`}{od',
    t text DEFAULT E'line one\nline two\ttab\\',
    t2 text DEFAULT U&'caf\00E9 \+01F600',
    e mood DEFAULT 'it''s "3"',
    ta text[] DEFAULT '{"text''\\text"}'::text[],
    va varchar(256)[][] DEFAULT '{{"text\\"},{text}}'::varchar(256)[],
    ca char(15)[] DEFAULT '{"mo''''\",`\}\{od"}'::char(15)[],
    j json DEFAULT '{"key":"mo\",\\`}{od"}',
    jb jsonb DEFAULT '{"key":"val''ue","nested":{"a":[1,2,3]}}',
    ja json[] DEFAULT '{"{\"key\":\"val''ue\"}"}'::json[],
    ea mood[] DEFAULT ARRAY['one', 'it''s "3"']::mood[],
    n note DEFAULT 'overridden',
    b bytea DEFAULT '\xdeadbeef',
    i2 integer[][][] DEFAULT '{{{1,2}},{{1,2}}}'::integer[],
    ts timestamp(4) with time zone[] DEFAULT '{"2025-05-23 12:53:53.115+03:00"}',
    bits bit(4) DEFAULT B'1010',
    vb varbit(8) DEFAULT X'F',
    p point DEFAULT '(1,2)',
    iv interval DEFAULT '1 day 01:00:00'
);
