-- A primary key is added to a table that had none (column not yet NOT NULL), and a unique constraint to another.

CREATE TABLE public.raw_events (id bigint, payload jsonb);
CREATE TABLE public.slugs (slug text NOT NULL);
