-- A table made on its own becomes a partition of a parent that has its CHECK under another name (and back): the CHECK is renamed to the parent's before ATTACH PARTITION, which needs it by name.

CREATE TABLE public.audit_logs (
    id bigint NOT NULL,
    action text NOT NULL CHECK (action <> ''),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
CREATE TABLE public.audit_logs_default PARTITION OF public.audit_logs DEFAULT;
CREATE TABLE public.audit_logs_2026_01 PARTITION OF public.audit_logs FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
