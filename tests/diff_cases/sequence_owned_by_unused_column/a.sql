-- A sequence OWNED BY a column whose default does not use it (left over after a default changed), on one side only: the table must be compared to see the column stays.

CREATE TABLE public.t (id bigint, name text);
