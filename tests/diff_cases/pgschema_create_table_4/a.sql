-- pgschema's differ suite, testdata/diff/create_table/ cases alter_defaults, issue_499_partition_column_overrides, merged (old.sql is a.sql, new.sql b.sql).

-- alter_defaults
CREATE TABLE public.users (
    id integer NOT NULL,
    name text,
    created_at timestamp without time zone
);
