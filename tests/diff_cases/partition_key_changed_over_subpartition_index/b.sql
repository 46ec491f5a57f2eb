-- The same events table partitioned by lower(region): the root is rebuilt, its sub-partitioned partition detached and attached again with the indexes of its own partitions kept.
CREATE TABLE public.events (
    id bigint NOT NULL,
    region text NOT NULL,
    tenant_id integer NOT NULL,
    kind text NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now()
) PARTITION BY LIST (lower(region));

CREATE TABLE public.events_eu PARTITION OF public.events FOR VALUES IN ('eu', 'uk') PARTITION BY HASH (tenant_id);
CREATE TABLE public.events_eu_0 PARTITION OF public.events_eu FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.events_eu_1 PARTITION OF public.events_eu FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE public.events_us PARTITION OF public.events FOR VALUES IN ('us');

CREATE INDEX events_kind_idx ON public.events (kind, occurred_at);
