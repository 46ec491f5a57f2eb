-- Inheritance children leave their parent (dropped with the first, kept by the second) and gain a column between their columns, theirs from then on: rebuilt with their rows, not given the column at their end.

CREATE TABLE public.logs_2024 (
    id bigint NOT NULL,
    action text NOT NULL,
    detail jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    archived boolean NOT NULL DEFAULT true
);

CREATE TABLE public.events (
    id bigint NOT NULL,
    kind text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE public.events_2024 (
    id bigint NOT NULL,
    kind text NOT NULL,
    payload jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    archived boolean NOT NULL DEFAULT true
);
CREATE INDEX events_2024_created_at_idx ON public.events_2024 (created_at);
