-- A custom range type (with its multirange) is added and used by a new column with an exclusion constraint.

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TYPE public.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TABLE public.shifts (
    id integer PRIMARY KEY,
    worker integer NOT NULL,
    hours public.floatrange,
    CONSTRAINT shifts_no_overlap EXCLUDE USING gist (worker WITH =, hours WITH &&)
);
