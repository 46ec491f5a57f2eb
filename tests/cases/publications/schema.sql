-- min_version: 15
-- Publications: FOR TABLE, column lists and row filters (PG15), FOR TABLES IN SCHEMA (PG15), publish options, publish_via_partition_root, empty publication.
CREATE SCHEMA analytics;

CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    status text NOT NULL,
    total numeric(12,2),
    secret_note text
);

CREATE TABLE public.customers (
    id bigint PRIMARY KEY,
    email text
);

CREATE TABLE public.metrics (
    at date NOT NULL,
    value numeric
) PARTITION BY RANGE (at);
CREATE TABLE public.metrics_2024 PARTITION OF public.metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE analytics.page_views (id bigint PRIMARY KEY, path text);

CREATE PUBLICATION orders_pub FOR TABLE public.orders, public.customers;
CREATE PUBLICATION paid_orders_pub FOR TABLE public.orders (id, status, total) WHERE (status = 'paid');
CREATE PUBLICATION inserts_only WITH (publish = 'insert');
ALTER PUBLICATION inserts_only ADD TABLE public.customers;
CREATE PUBLICATION metrics_pub FOR TABLE public.metrics WITH (publish_via_partition_root = true);
CREATE PUBLICATION analytics_pub FOR TABLES IN SCHEMA analytics;
CREATE PUBLICATION empty_pub;
