-- min_version: 15
-- Publication options and PG15 row filter / column list change; a schema-level publication is added.

CREATE SCHEMA reporting;
CREATE TABLE reporting.kpis (id integer PRIMARY KEY);
CREATE TABLE public.orders (id integer PRIMARY KEY, status text, total numeric, note text);
CREATE PUBLICATION orders_pub FOR TABLE public.orders WHERE (status = 'paid');
