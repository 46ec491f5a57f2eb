-- Shipments partitioned by region with a stored generated weight class; the column becomes a plain one the app fills in (and back).
CREATE TABLE public.shipments (
    id bigint GENERATED ALWAYS AS IDENTITY,
    region text NOT NULL,
    weight_g integer NOT NULL,
    shipped_at timestamptz,
    weight_class text GENERATED ALWAYS AS (CASE WHEN weight_g < 1000 THEN 'light' WHEN weight_g < 20000 THEN 'medium' ELSE 'heavy' END) STORED
) PARTITION BY LIST (region);

CREATE TABLE public.shipments_emea PARTITION OF public.shipments FOR VALUES IN ('eu', 'uk');
CREATE TABLE public.shipments_amer PARTITION OF public.shipments FOR VALUES IN ('us', 'ca');
CREATE TABLE public.shipments_rest PARTITION OF public.shipments DEFAULT;

CREATE INDEX shipments_weight_class_idx ON public.shipments (weight_class);
