-- Plain inheritance removed: a child declared with INHERITS (inherited columns only) becomes a standalone table.

CREATE TABLE public.base_log (
    id bigint NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    msg text
);
CREATE TABLE public.http_log (
    id bigint NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    msg text,
    status integer
);
