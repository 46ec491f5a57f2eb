-- min_version: 18
-- PostgreSQL 18 temporal keys: a primary key becomes WITHOUT OVERLAPS and an FK with PERIOD is added against it (sqldef ChangePrimaryKeyToWithoutOverlaps, AddForeignKeyWithPeriod).

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE public.parents (
    id integer NOT NULL,
    valid_range daterange NOT NULL,
    CONSTRAINT parents_pk PRIMARY KEY (id, valid_range WITHOUT OVERLAPS)
);
CREATE TABLE public.children (
    id integer NOT NULL,
    parent_id integer NOT NULL,
    valid_range daterange NOT NULL,
    CONSTRAINT children_fk FOREIGN KEY (parent_id, PERIOD valid_range) REFERENCES public.parents (id, PERIOD valid_range)
);
