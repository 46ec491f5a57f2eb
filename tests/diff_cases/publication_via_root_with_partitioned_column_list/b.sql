-- min_version: 15
-- A publication gains publish_via_partition_root and a partitioned table with a column list (pg-delta publication-operations, "alter publication publish options" with a partitioned member): the option comes after members leave and before they come.

CREATE TABLE public.events (id integer NOT NULL, kind text, payload jsonb) PARTITION BY RANGE (id);
CREATE TABLE public.events_1 PARTITION OF public.events FOR VALUES FROM (0) TO (1000);
CREATE TABLE public.notes (id integer PRIMARY KEY, body text);
CREATE PUBLICATION feed FOR TABLE public.notes, public.events (id, kind) WHERE (kind <> 'debug') WITH (publish_via_partition_root = true);
