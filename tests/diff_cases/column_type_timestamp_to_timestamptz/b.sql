-- timestamp -> timestamptz with a now() default and an index, and date -> timestamptz.

CREATE TABLE public.events (
    id integer PRIMARY KEY,
    happened_at timestamp with time zone NOT NULL DEFAULT now(),
    day timestamp with time zone
);
CREATE INDEX events_happened_idx ON public.events (happened_at DESC);
