-- Supabase postgres-meta's column and table tests (test/lib/columns.ts, tables.ts): the edits Studio's editors make, after.
CREATE TYPE "T" AS ENUM ();

CREATE TABLE t (
    c integer NOT NULL GENERATED ALWAYS AS IDENTITY,
    tags text[],
    amount integer,
    kind "T",
    code text UNIQUE
);
COMMENT ON COLUMN t.c IS 'bar';

CREATE TABLE "test a" ();
ALTER TABLE "test a" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "test a" FORCE ROW LEVEL SECURITY;
ALTER TABLE "test a" REPLICA IDENTITY NOTHING;
COMMENT ON TABLE "test a" IS '''';

CREATE TABLE keyed (
    c bigint NOT NULL,
    cc text NOT NULL,
    PRIMARY KEY (c, cc)
);
