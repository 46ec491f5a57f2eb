-- min_version: 18
-- PostgreSQL 18 named NOT NULL constraints: one dropped, one renamed, one added NOT VALID.

CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    email text CONSTRAINT email_required NOT NULL,
    name text CONSTRAINT name_required NOT NULL,
    code text
);
