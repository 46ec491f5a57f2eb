-- A column type change on a partitioned table (integer -> bigint) with a parent index and FK from the partitioned table.

CREATE TABLE public.users (id integer PRIMARY KEY);
CREATE TABLE public.sessions (
    user_id integer NOT NULL REFERENCES public.users(id),
    at date NOT NULL,
    hits integer
) PARTITION BY RANGE (at);
CREATE TABLE public.sessions_2025 PARTITION OF public.sessions FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX sessions_hits_idx ON public.sessions (hits);
