-- timestamp -> timestamptz with a now() default and an index, and date -> timestamptz.

CREATE TABLE public.events (
    id integer PRIMARY KEY,
    happened_at timestamp without time zone NOT NULL DEFAULT now(),
    day date
);
CREATE INDEX events_happened_idx ON public.events (happened_at DESC);
