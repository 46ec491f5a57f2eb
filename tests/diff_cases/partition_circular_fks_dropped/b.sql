CREATE TABLE public.settings (key text PRIMARY KEY, value text);

CREATE TABLE public.shipments (
    id integer,
    seq serial,
    region varchar(32),
    carrier text,
    CHECK (seq > 0)
) PARTITION BY LIST (region);
CREATE TABLE public.shipments_eu PARTITION OF public.shipments (
    region NOT NULL,
    carrier NOT NULL,
    PRIMARY KEY (region, id)
) FOR VALUES IN ('eu');
CREATE TABLE public.shipments_us PARTITION OF public.shipments (PRIMARY KEY (region, carrier))
    FOR VALUES IN ('us');
CREATE UNIQUE INDEX shipments_region_carrier_key ON public.shipments (region, carrier);
CREATE UNIQUE INDEX shipments_us_region_idx ON public.shipments_us (region);

CREATE TABLE public.carriers (region varchar(32), carrier text) PARTITION BY LIST (region);
CREATE TABLE public.carriers_eu PARTITION OF public.carriers FOR VALUES IN ('eu');
CREATE UNIQUE INDEX carriers_region_carrier_key ON public.carriers (region, carrier);
CREATE UNIQUE INDEX carriers_eu_region_idx ON public.carriers_eu (region);

ALTER TABLE public.carriers ADD CONSTRAINT carriers_shipment_fk
    FOREIGN KEY (region, carrier) REFERENCES public.shipments (region, carrier);
ALTER TABLE public.shipments ADD CONSTRAINT shipments_carrier_fk
    FOREIGN KEY (region, carrier) REFERENCES public.carriers (region, carrier);
