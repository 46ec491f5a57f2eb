-- Tables attached as partitions keep (or gain) their own unique constraint shaped like the parent's unique index, which attaches a new one.

CREATE TABLE public.events (k int, v text) PARTITION BY LIST (k);
CREATE TABLE public.events_1 (k int, v text);
CREATE TABLE public.events_2 (k int, v text);
ALTER TABLE public.events ATTACH PARTITION public.events_1 FOR VALUES IN (1);
ALTER TABLE public.events ATTACH PARTITION public.events_2 FOR VALUES IN (2);
CREATE UNIQUE INDEX events_k_v_idx ON public.events (k, v);
ALTER TABLE public.events_1 ADD CONSTRAINT events_1_own UNIQUE (k, v);
ALTER TABLE public.events_2 ADD CONSTRAINT events_2_own UNIQUE (k, v);
