-- A partition moved to a new parent (the old one dropped): the CHECK and foreign key it inherited stay on it once detached, so they are dropped and the new parent's are inherited on attach.

CREATE TABLE public.regions (k int PRIMARY KEY);
CREATE TABLE public.readings (k int CHECK (k > 0) REFERENCES public.regions) PARTITION BY LIST (k);
CREATE TABLE public.readings_1 PARTITION OF public.readings FOR VALUES IN (1);
