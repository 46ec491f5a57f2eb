-- min_version: 18
-- pgschema's differ suite, testdata/diff/create_table/ case issue_591_alter_generated_virtual (old.sql is a.sql, new.sql b.sql).

-- issue_591_alter_generated_virtual
CREATE TABLE public.vt (
    a integer NOT NULL,
    v1 integer GENERATED ALWAYS AS (a * 3) VIRTUAL,
    v2 integer GENERATED ALWAYS AS (a * 2) VIRTUAL,
    s1 integer GENERATED ALWAYS AS (a * 2) STORED
);
