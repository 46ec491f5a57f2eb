-- The same shipments, their weight class now a plain column the app fills in.
CREATE TABLE public.shipments (
    id bigint GENERATED ALWAYS AS IDENTITY,
    region text NOT NULL,
    weight_g integer NOT NULL,
    shipped_at timestamptz,
    weight_class text
) PARTITION BY LIST (region);

CREATE TABLE public.shipments_emea PARTITION OF public.shipments FOR VALUES IN ('eu', 'uk');
CREATE TABLE public.shipments_amer PARTITION OF public.shipments FOR VALUES IN ('us', 'ca');
CREATE TABLE public.shipments_rest PARTITION OF public.shipments DEFAULT;

CREATE INDEX shipments_weight_class_idx ON public.shipments (weight_class);
