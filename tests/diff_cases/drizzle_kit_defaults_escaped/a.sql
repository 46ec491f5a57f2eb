-- drizzle-kit's default tests (drizzle-kit/tests/postgres/pg-defaults.test.ts): defaults with quotes, backslashes, braces and JSON escapes set on existing columns, before.
CREATE TYPE mood AS ENUM ('one', 'two', 'it''s "3"');
CREATE DOMAIN note AS text DEFAULT 'plain';

CREATE TABLE defaults (
    id integer PRIMARY KEY,
    c char(15) DEFAULT 'text',
    v varchar(256) DEFAULT 'text''text"',
    t text,
    t2 text,
    e mood DEFAULT 'one',
    ta text[] DEFAULT '{}'::text[],
    va varchar(256)[][],
    ca char(15)[],
    j json DEFAULT '{}',
    jb jsonb DEFAULT '[]',
    ja json[],
    ea mood[],
    n note,
    b bytea,
    i2 integer[][][],
    ts timestamp(4) with time zone[],
    bits bit(4),
    vb varbit(8),
    p point,
    iv interval
);
