-- An inheritance child made on its own and given its parent later (ALTER TABLE … INHERIT): its columns keep its own order, not the parent's (PostgreSQL's generated_virtual regression test, gtestxx_4).
CREATE TABLE public.measurements (
    id bigint NOT NULL,
    taken_at timestamptz NOT NULL,
    reading numeric,
    doubled numeric GENERATED ALWAYS AS (reading * 2) STORED
);

-- an archive table loaded from an older export, then hung under the live table
CREATE TABLE public.measurements_2019 (
    taken_at timestamptz NOT NULL,
    id bigint NOT NULL,
    source text,
    reading numeric,
    doubled numeric GENERATED ALWAYS AS (reading * 2) STORED
);
ALTER TABLE public.measurements_2019 INHERIT public.measurements;

CREATE INDEX measurements_2019_taken_at_idx ON public.measurements_2019 (taken_at);
