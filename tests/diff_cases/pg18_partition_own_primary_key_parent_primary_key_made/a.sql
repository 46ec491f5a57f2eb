-- min_version: 18
-- A partition's own primary key against the same key inherited from its parent's (made with the tables).
CREATE TABLE public.readings (sensor_id integer, taken_at date NOT NULL, value numeric) PARTITION BY LIST (sensor_id);
CREATE TABLE public.readings_1 PARTITION OF public.readings (PRIMARY KEY (sensor_id, taken_at)) FOR VALUES IN (1);
CREATE TABLE public.readings_2 PARTITION OF public.readings FOR VALUES IN (2);
