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

-- An inherited column whose NOT NULL is also the child's own (conislocal): a primary key on
-- the child, a NOT NULL table constraint, a named one, and one the parent does not have.
CREATE TABLE public.keyed_child (PRIMARY KEY (id)) INHERITS (public.parent_rows);
CREATE TABLE public.declared_child (NOT NULL id, CONSTRAINT declared_extra_nn NOT NULL local_only)
    INHERITS (public.parent_rows);
CREATE TABLE public.plain_parent (id integer, note text);
CREATE TABLE public.strict_child (CONSTRAINT strict_note_nn NOT NULL note) INHERITS (public.plain_parent);
