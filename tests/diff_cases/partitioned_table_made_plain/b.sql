-- A partitioned audit table made plain again (and back): the table is rebuilt with its rows; the sequence its default used, which the plain table no longer has, goes with the old copy.

CREATE TABLE public.events (id bigint NOT NULL, at timestamptz NOT NULL DEFAULT now(), detail text) PARTITION BY RANGE (at);
CREATE TABLE public.events_old PARTITION OF public.events FOR VALUES FROM (MINVALUE) TO ('2026-06-01');
CREATE TABLE public.events_2026_06 PARTITION OF public.events FOR VALUES FROM ('2026-06-01') TO ('2026-07-01');
CREATE SEQUENCE public.events_id_seq OWNED BY public.events.id;
ALTER TABLE public.events ALTER COLUMN id SET DEFAULT nextval('public.events_id_seq');
