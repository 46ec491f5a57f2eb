-- min_version: 15
-- Unlogged tables (cache/queue tables) with an index, a sequence-backed id and a logged table referencing nothing unlogged.
CREATE UNLOGGED TABLE public.cache_entries (
    key text PRIMARY KEY,
    value jsonb NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX cache_entries_expires_idx ON public.cache_entries (expires_at);

CREATE UNLOGGED TABLE public.job_queue (
    id bigserial PRIMARY KEY,
    payload jsonb NOT NULL,
    run_after timestamptz NOT NULL DEFAULT now(),
    attempts integer NOT NULL DEFAULT 0
);

CREATE UNLOGGED SEQUENCE public.scratch_seq;
