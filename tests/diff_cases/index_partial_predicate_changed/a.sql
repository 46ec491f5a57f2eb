-- A partial index's WHERE predicate changes (same name, same columns).

CREATE TABLE public.jobs (id bigint PRIMARY KEY, state text NOT NULL, run_at timestamptz);
CREATE INDEX jobs_pending_idx ON public.jobs (run_at) WHERE state = 'pending';
