-- A function a partitioned table's column default calls changes its return type: the
-- parent's default is reset alone (ONLY), a partition keeps its own default.
CREATE FUNCTION public.default_qty() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 1 $$;
CREATE TABLE public.measurements (
    id integer NOT NULL,
    qty integer DEFAULT public.default_qty()
) PARTITION BY RANGE (id);
CREATE TABLE public.measurements_p1 PARTITION OF public.measurements (qty DEFAULT 7)
    FOR VALUES FROM (0) TO (10);
CREATE TABLE public.measurements_p2 PARTITION OF public.measurements
    FOR VALUES FROM (10) TO (20);
