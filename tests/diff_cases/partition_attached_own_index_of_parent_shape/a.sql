-- A table attached as a partition keeps its own index shaped like the parent's, which attaches a new one.

CREATE TABLE public.events (k int, v text) PARTITION BY LIST (k);
CREATE INDEX events_k_v_idx ON public.events (k, v);
CREATE TABLE public.events_1 (k int, v text);
CREATE INDEX events_1_own ON public.events_1 (k, v);
