-- CLUSTER ON marks (which index a later bare CLUSTER uses): moved from an index to the
-- primary key, set on another table's index, taken off a materialized view's index.
CREATE TABLE public.events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now(),
    kind text NOT NULL
);
CREATE INDEX events_created_idx ON public.events (created_at);
ALTER TABLE public.events CLUSTER ON events_pkey;
CREATE TABLE public.sessions (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL,
    started_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON public.sessions (user_id, started_at);
ALTER TABLE public.sessions CLUSTER ON sessions_user_idx;
CREATE MATERIALIZED VIEW public.daily_events AS
    SELECT date_trunc('day', created_at) AS day, kind, count(*) AS n FROM public.events GROUP BY 1, 2;
CREATE UNIQUE INDEX daily_events_key ON public.daily_events (day, kind);
