-- min_version: 18
-- A partition's own NOT NULL on a column while the partitioned parent gains a primary key over it.
CREATE TABLE public.readings (sensor_id integer, taken_at date NOT NULL, value numeric) PARTITION BY LIST (sensor_id);
CREATE TABLE public.readings_1 PARTITION OF public.readings FOR VALUES IN (1);
ALTER TABLE public.readings_1 ALTER COLUMN sensor_id SET NOT NULL;
CREATE TABLE public.readings_2 PARTITION OF public.readings FOR VALUES IN (2);
