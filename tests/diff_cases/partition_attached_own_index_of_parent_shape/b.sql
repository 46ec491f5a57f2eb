-- A table attached as a partition keeps its own index shaped like the parent's, which attaches a new one.

CREATE TABLE public.events (k int, v text) PARTITION BY LIST (k);
CREATE TABLE public.events_1 (k int, v text);
ALTER TABLE public.events ATTACH PARTITION public.events_1 FOR VALUES IN (1);
CREATE INDEX events_k_v_idx ON public.events (k, v);
CREATE INDEX events_1_own ON public.events_1 (k, v);
