-- An archive table made on its own and given its parent (ALTER TABLE … INHERIT) is added: it keeps its own column order.
CREATE TABLE public.measurements (
    id bigint NOT NULL,
    taken_at timestamptz NOT NULL,
    reading numeric
);

CREATE TABLE public.measurements_2019 (
    taken_at timestamptz NOT NULL,
    id bigint NOT NULL,
    source text,
    reading numeric DEFAULT 0
);
ALTER TABLE public.measurements_2019 INHERIT public.measurements;
