-- Partitioned keys the way pg_dump writes them: the parent's primary key and a unique index ON ONLY the parent, each partition's own primary key attached to them (a partition's primary key attached to a plain unique index too).
CREATE TABLE public.orders (
    id bigint NOT NULL,
    placed_on date NOT NULL,
    customer_id bigint NOT NULL,
    total numeric
) PARTITION BY RANGE (placed_on);

CREATE TABLE public.orders_2025 (
    id bigint NOT NULL,
    placed_on date NOT NULL,
    customer_id bigint NOT NULL,
    total numeric
);
ALTER TABLE ONLY public.orders ATTACH PARTITION public.orders_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.orders_2026 (
    id bigint NOT NULL,
    placed_on date NOT NULL,
    customer_id bigint NOT NULL,
    total numeric
);
ALTER TABLE ONLY public.orders ATTACH PARTITION public.orders_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id, placed_on);
ALTER TABLE ONLY public.orders_2025 ADD CONSTRAINT orders_2025_pkey PRIMARY KEY (id, placed_on);
ALTER TABLE ONLY public.orders_2026 ADD CONSTRAINT orders_2026_pkey PRIMARY KEY (id, placed_on);
ALTER INDEX public.orders_pkey ATTACH PARTITION public.orders_2025_pkey;
ALTER INDEX public.orders_pkey ATTACH PARTITION public.orders_2026_pkey;

CREATE TABLE public.shipments (
    order_id bigint NOT NULL,
    shipped_on date NOT NULL,
    carrier text
) PARTITION BY RANGE (shipped_on);
CREATE TABLE public.shipments_2025 (
    order_id bigint NOT NULL,
    shipped_on date NOT NULL,
    carrier text
);
ALTER TABLE ONLY public.shipments ATTACH PARTITION public.shipments_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE UNIQUE INDEX shipments_order_id_shipped_on_idx ON ONLY public.shipments USING btree (order_id, shipped_on);
ALTER TABLE ONLY public.shipments_2025 ADD CONSTRAINT shipments_2025_pkey PRIMARY KEY (order_id, shipped_on);
ALTER INDEX public.shipments_order_id_shipped_on_idx ATTACH PARTITION public.shipments_2025_pkey;
