-- An archive child made on its own (own column order, the parent's CHECK held as its own) and given its parent is added.
CREATE TABLE public.readings (
    id bigint NOT NULL,
    taken_at timestamptz NOT NULL,
    value numeric,
    CONSTRAINT readings_value_positive CHECK (value > 0),
    CONSTRAINT readings_id_positive CHECK (id > 0) NO INHERIT
);

