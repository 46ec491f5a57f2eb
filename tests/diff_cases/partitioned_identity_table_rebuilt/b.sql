-- min_version: 17
-- A partitioned table with an identity column rebuilt (columns reordered): its partitions have the identity once attached, so their rows are copied back with OVERRIDING SYSTEM VALUE (found probing around pgCodeKeeper's partition cases).

CREATE TABLE public.events (at date NOT NULL, id bigint GENERATED ALWAYS AS IDENTITY, what text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_rest PARTITION OF public.events DEFAULT;
ALTER TABLE public.events ADD CONSTRAINT events_pkey PRIMARY KEY (id, at);
