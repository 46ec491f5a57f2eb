-- min_version: 15
-- Publication options and PG15 row filter / column list change; a schema-level publication is added.

CREATE SCHEMA reporting;
CREATE TABLE reporting.kpis (id integer PRIMARY KEY);
CREATE TABLE public.orders (id integer PRIMARY KEY, status text, total numeric, note text);
CREATE PUBLICATION orders_pub FOR TABLE public.orders (id, status, total) WHERE (status IN ('paid', 'refunded')) WITH (publish = 'insert, update', publish_via_partition_root = true);
CREATE PUBLICATION reporting_pub FOR TABLES IN SCHEMA reporting;
