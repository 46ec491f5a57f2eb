-- min_version: 18
-- A stored generated column of an inheritance parent made virtual (dropped and added again):
-- the children's copy goes and comes with the parent's (PostgreSQL refuses to drop an
-- inherited column from a child).
CREATE TABLE public.readings (sensor int, raw int, scaled int GENERATED ALWAYS AS (raw * 10) VIRTUAL);
CREATE TABLE public.readings_2025 () INHERITS (public.readings);
