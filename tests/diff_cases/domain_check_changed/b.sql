-- A domain check constraint is added, another dropped and a third changed (drop + add under the same name).

CREATE DOMAIN public.score AS integer CONSTRAINT score_min CHECK (VALUE >= 0) CONSTRAINT score_max CHECK (VALUE <= 100);
CREATE DOMAIN public.handle AS text CONSTRAINT handle_len CHECK (length(VALUE) <= 30);
CREATE TABLE public.players (id integer PRIMARY KEY, score public.score, handle public.handle);
