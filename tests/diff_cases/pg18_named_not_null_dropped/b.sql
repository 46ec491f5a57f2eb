-- min_version: 18
-- PostgreSQL 18 named NOT NULL constraints: one dropped, one renamed, one added NOT VALID.

CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    email text,
    name text CONSTRAINT accounts_name_present NOT NULL,
    code text
);
ALTER TABLE public.accounts ADD CONSTRAINT accounts_code_nn NOT NULL code NOT VALID;
