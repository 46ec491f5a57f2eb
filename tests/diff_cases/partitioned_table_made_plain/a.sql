-- A partitioned audit table made plain again (and back): the table is rebuilt with its rows; the sequence its default used, which the plain table no longer has, goes with the old copy.

CREATE TABLE public.events (id bigint NOT NULL, at timestamptz NOT NULL DEFAULT now(), detail text);
