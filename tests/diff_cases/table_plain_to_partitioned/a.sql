-- A plain table becomes a range-partitioned table with monthly partitions (PK must include the key); an FK from it stays.

CREATE TABLE public.devices (id integer PRIMARY KEY);
CREATE TABLE public.readings (
    id bigint NOT NULL,
    device_id integer NOT NULL REFERENCES public.devices(id),
    taken_at timestamptz NOT NULL,
    value double precision,
    PRIMARY KEY (id, taken_at)
);
CREATE INDEX readings_device_idx ON public.readings (device_id);
