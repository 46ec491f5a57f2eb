-- pgschema's differ suite, testdata/diff/online/ case not_null_name_collision (old.sql is a.sql, new.sql b.sql).

-- not_null_name_collision
CREATE TABLE public.users (
    id integer NOT NULL,
    email text NOT NULL
);
