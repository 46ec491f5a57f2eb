-- A new monthly partition is added to a range-partitioned table that has parent indexes and a PK.

CREATE TABLE public.logs (
    id bigint NOT NULL,
    at date NOT NULL,
    msg text,
    PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE public.logs_2025_01 PARTITION OF public.logs FOR VALUES FROM ('2025-01-01') TO ('2025-02-01');
CREATE INDEX logs_msg_idx ON public.logs (msg);
