-- An inheritance child made on its own, in its own column order, holding its parent's CHECK, then given the parent (ALTER TABLE … INHERIT needs the CHECK first; PostgreSQL's inherit regression test, inhcld).
CREATE TABLE public.readings (
    id bigint NOT NULL,
    taken_at timestamptz NOT NULL,
    value numeric,
    CONSTRAINT readings_value_positive CHECK (value > 0),
    CONSTRAINT readings_id_positive CHECK (id > 0) NO INHERIT
);

CREATE TABLE public.readings_2019 (
    taken_at timestamptz NOT NULL,
    id bigint NOT NULL,
    value numeric,
    source text,
    CONSTRAINT readings_value_positive CHECK (value > 0),
    CONSTRAINT readings_2019_range CHECK (taken_at < '2020-01-01')
);
ALTER TABLE public.readings_2019 INHERIT public.readings;
