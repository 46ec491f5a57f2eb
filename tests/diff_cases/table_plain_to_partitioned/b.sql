-- A plain table becomes a range-partitioned table with monthly partitions (PK must include the key); an FK from it stays.

CREATE TABLE public.devices (id integer PRIMARY KEY);
CREATE TABLE public.readings (
    id bigint NOT NULL,
    device_id integer NOT NULL REFERENCES public.devices(id),
    taken_at timestamptz NOT NULL,
    value double precision,
    PRIMARY KEY (id, taken_at)
) PARTITION BY RANGE (taken_at);
CREATE TABLE public.readings_2025_01 PARTITION OF public.readings FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2025-02-01 00:00:00+00');
CREATE TABLE public.readings_2025_02 PARTITION OF public.readings FOR VALUES FROM ('2025-02-01 00:00:00+00') TO ('2025-03-01 00:00:00+00');
CREATE INDEX readings_device_idx ON public.readings (device_id);
