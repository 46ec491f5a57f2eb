-- min_version: 18
-- A partition's own primary key (its NOT NULL its own, its name) and the parent's key column made NOT NULL by a later migration.
CREATE TABLE public.readings (sensor_id integer, taken_at date NOT NULL, value numeric) PARTITION BY LIST (sensor_id);
CREATE TABLE public.readings_1 PARTITION OF public.readings (PRIMARY KEY (sensor_id, taken_at)) FOR VALUES IN (1);
CREATE TABLE public.readings_2 PARTITION OF public.readings FOR VALUES IN (2);
ALTER TABLE public.readings ALTER COLUMN sensor_id SET NOT NULL;
