-- min_version: 15
-- A unique constraint becomes NULLS NOT DISTINCT and gains a column.

CREATE TABLE public.bindings (
    id integer PRIMARY KEY,
    org_id integer,
    key text NOT NULL,
    env text,
    CONSTRAINT bindings_org_key UNIQUE NULLS NOT DISTINCT (org_id, key, env)
);
