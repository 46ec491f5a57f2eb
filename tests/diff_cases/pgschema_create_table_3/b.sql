-- min_version: 18
-- pgschema's differ suite, testdata/diff/create_table/ cases add_pk_temporal, issue_501_virtual_generated_column, merged (old.sql is a.sql, new.sql b.sql).

-- add_pk_temporal
CREATE SCHEMA IF NOT EXISTS ext;
CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA ext;

CREATE TABLE public.reservations (
    id integer NOT NULL,
    valid_period tsrange NOT NULL,
    description text,
    CONSTRAINT reservations_pkey PRIMARY KEY (id, valid_period WITHOUT OVERLAPS)
);

-- issue_501_virtual_generated_column
CREATE TABLE public.vt (
    slug text NOT NULL,
    identifier text GENERATED ALWAYS AS ('urn:sdp:catalog:' || slug) VIRTUAL
);
