-- A primary key is added to a table that had none (column not yet NOT NULL), and a unique constraint to another.

CREATE TABLE public.raw_events (id bigint NOT NULL, payload jsonb, CONSTRAINT raw_events_pkey PRIMARY KEY (id));
CREATE TABLE public.slugs (slug text NOT NULL, CONSTRAINT slugs_slug_key UNIQUE (slug));
