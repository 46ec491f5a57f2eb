-- Identity added to a column that is nullable (needs SET NOT NULL first) and to a NOT NULL one with options.

CREATE TABLE public.jobs (
    id bigint,
    name text
);
CREATE TABLE public.runs (
    id integer NOT NULL PRIMARY KEY,
    job text
);
