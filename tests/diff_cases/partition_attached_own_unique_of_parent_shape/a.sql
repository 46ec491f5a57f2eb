-- Tables attached as partitions keep (or gain) their own unique constraint shaped like the parent's unique index, which attaches a new one.

CREATE TABLE public.events (k int, v text) PARTITION BY LIST (k);
CREATE UNIQUE INDEX events_k_v_idx ON public.events (k, v);
CREATE TABLE public.events_1 (k int, v text, CONSTRAINT events_1_own UNIQUE (k, v));
CREATE TABLE public.events_2 (k int, v text);
