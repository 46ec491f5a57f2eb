-- pgschema's differ suite, testdata/diff/create_type/ case add_value_used_as_default (old.sql is a.sql, new.sql b.sql).

-- add_value_used_as_default
CREATE TYPE public.status AS ENUM (
   'active',
   'inactive',
   'pending'
);

CREATE TYPE public.priority AS ENUM (
   'low',
   'medium',
   'high',
   'urgent'
);

CREATE TABLE public.work (
    id integer PRIMARY KEY,
    state public.status NOT NULL DEFAULT 'pending'
);
