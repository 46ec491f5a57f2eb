-- A custom range type (with its multirange) is added and used by a new column with an exclusion constraint.

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE public.shifts (id integer PRIMARY KEY, worker integer NOT NULL);
