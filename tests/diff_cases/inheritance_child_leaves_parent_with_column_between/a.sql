-- Inheritance children leave their parent (dropped with the first, kept by the second) and gain a column between their columns, theirs from then on: rebuilt with their rows, not given the column at their end.

CREATE TABLE public.logs (
    id bigint NOT NULL,
    action text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE public.logs_2024 (archived boolean NOT NULL DEFAULT true) INHERITS (public.logs);

CREATE TABLE public.events (
    id bigint NOT NULL,
    kind text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE public.events_2024 (archived boolean NOT NULL DEFAULT true) INHERITS (public.events);
CREATE INDEX events_2024_created_at_idx ON public.events_2024 (created_at);
