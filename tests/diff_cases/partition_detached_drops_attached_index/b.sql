-- A partition detached to become a plain table: the index it had attached to the parent's stays with it and is dropped; its own index stays.

CREATE TABLE public.events (k int, v text) PARTITION BY LIST (k);
CREATE INDEX events_k_idx ON public.events (k);
CREATE TABLE public.events_1 PARTITION OF public.events FOR VALUES IN (1);
CREATE INDEX events_1_kv ON public.events_1 (k, v);
