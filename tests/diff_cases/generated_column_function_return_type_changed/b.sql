-- A stored generated column calls a function made again with another return type (and a body change alone next to it).
CREATE FUNCTION public.word_count(v text) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT array_length(regexp_split_to_array(v, '\s+'), 1)::bigint $$;
CREATE FUNCTION public.initials(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(left(v, 1)) $$;
CREATE TABLE public.notes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  body text NOT NULL,
  words bigint GENERATED ALWAYS AS (public.word_count(body)) STORED,
  initial text GENERATED ALWAYS AS (public.initials(body)) STORED,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notes_words ON public.notes (words) WHERE words > 10;
GRANT SELECT (id, words) ON public.notes TO PUBLIC;
