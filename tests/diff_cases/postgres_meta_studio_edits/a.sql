-- Supabase postgres-meta's column and table tests (test/lib/columns.ts, tables.ts): the edits Studio's editors make, before.
CREATE TYPE "T" AS ENUM ();

CREATE TABLE t (
    c smallint DEFAULT '42'::smallint,
    tags text,
    amount text,
    kind text,
    code text
);
COMMENT ON COLUMN t.c IS 'foo';

CREATE TABLE test ();
COMMENT ON TABLE test IS 'foo';

CREATE TABLE keyed (
    c bigint,
    cc text
);
