-- Range partitioning by date: monthly partitions, default partition, PK including the key, indexes on the parent, a partition-local index.
CREATE TABLE public.measurements (
    id bigint GENERATED ALWAYS AS IDENTITY,
    device_id integer NOT NULL,
    recorded_at timestamptz NOT NULL,
    value double precision,
    CONSTRAINT measurements_pkey PRIMARY KEY (id, recorded_at)
) PARTITION BY RANGE (recorded_at);

CREATE TABLE public.measurements_2024_01 PARTITION OF public.measurements
    FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+00');
CREATE TABLE public.measurements_2024_02 PARTITION OF public.measurements
    FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 00:00:00+00');
CREATE TABLE public.measurements_2024_03 PARTITION OF public.measurements
    FOR VALUES FROM ('2024-03-01 00:00:00+00') TO ('2024-04-01 00:00:00+00');
CREATE TABLE public.measurements_default PARTITION OF public.measurements DEFAULT;

CREATE INDEX measurements_device_idx ON public.measurements (device_id, recorded_at DESC);
CREATE INDEX measurements_2024_03_value_idx ON public.measurements_2024_03 (value) WHERE value > 100;

CREATE TABLE public.daily_totals (
    day date NOT NULL,
    total numeric NOT NULL DEFAULT 0
) PARTITION BY RANGE (day);
CREATE TABLE public.daily_totals_old PARTITION OF public.daily_totals FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE TABLE public.daily_totals_new PARTITION OF public.daily_totals FOR VALUES FROM ('2024-01-01') TO (MAXVALUE);
