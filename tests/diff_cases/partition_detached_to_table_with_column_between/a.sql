-- A partition detached into a table of its own whose columns gain one between others (an archive made LIKE the parent after a column went into it): the table is rebuilt, not given the column at its end.

CREATE TABLE public.audit_logs (
    id bigint NOT NULL,
    action text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
CREATE TABLE public.audit_logs_2026_01 PARTITION OF public.audit_logs FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE public.audit_logs_2026_02 PARTITION OF public.audit_logs FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
