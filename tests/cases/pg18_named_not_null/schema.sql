-- min_version: 18
-- PostgreSQL 18 named NOT NULL constraints: CONSTRAINT name NOT NULL, NOT VALID not-null, NO INHERIT not-null, inherited not-null on a child.
CREATE TABLE public.accounts (
    id bigint CONSTRAINT accounts_id_required NOT NULL,
    email text CONSTRAINT email_required NOT NULL,
    name text,
    legacy_code text,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

ALTER TABLE public.accounts ADD CONSTRAINT accounts_name_nn NOT NULL name;
ALTER TABLE public.accounts ADD CONSTRAINT accounts_legacy_code_nn NOT NULL legacy_code NOT VALID;

CREATE TABLE public.parent_rows (
    id integer CONSTRAINT parent_id_nn NOT NULL,
    local_only text CONSTRAINT parent_local_only_nn NOT NULL NO INHERIT
);

CREATE TABLE public.child_rows (
    extra text
) INHERITS (public.parent_rows);
