-- min_version: 18
-- A partitioned parent gains a primary key over the columns of a partition's own one (attached to it then) and another partition's NOT NULL-less column.
CREATE TABLE public.readings (sensor_id integer, taken_at date NOT NULL, value numeric) PARTITION BY LIST (sensor_id);
CREATE TABLE public.readings_1 PARTITION OF public.readings (PRIMARY KEY (sensor_id, taken_at)) FOR VALUES IN (1);
CREATE TABLE public.readings_2 PARTITION OF public.readings FOR VALUES IN (2);
ALTER TABLE public.readings ADD PRIMARY KEY (sensor_id, taken_at);
