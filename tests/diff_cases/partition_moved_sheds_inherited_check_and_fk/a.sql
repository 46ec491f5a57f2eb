-- A partition moved to a new parent (the old one dropped): the CHECK and foreign key it inherited stay on it once detached, so they are dropped and the new parent's are inherited on attach.

CREATE TABLE public.regions_v2 (k int PRIMARY KEY);
CREATE TABLE public.readings_v2 (k int CHECK (k > 0) REFERENCES public.regions_v2) PARTITION BY LIST (k);
CREATE TABLE public.readings_1 PARTITION OF public.readings_v2 FOR VALUES IN (1);
