-- A partition's primary key and unique key attached to the parent's, with the names PostgreSQL gave them.
CREATE TABLE public.events (id int, at date, code text, PRIMARY KEY (id, at), UNIQUE (code, at))
    PARTITION BY RANGE (at);
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
