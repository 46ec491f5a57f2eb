-- Reading another database through postgres_fdw: a server with connection options, foreign
-- tables with NOT NULL, defaults and table options (a quote in a value), a comment on the
-- server, and a view joining a foreign table with a local one.
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER "billing db" FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host 'billing.internal', port '5432', dbname 'billing', fetch_size '500');
COMMENT ON SERVER "billing db" IS 'read-only replica of billing';
CREATE SCHEMA remote;
CREATE FOREIGN TABLE remote.invoices (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    total numeric(12,2) DEFAULT 0,
    status text
) SERVER "billing db" OPTIONS (schema_name 'public', table_name 'invoices');
CREATE FOREIGN TABLE remote.notes (
    id bigint NOT NULL,
    body text
) SERVER "billing db" OPTIONS (table_name 'customer''s notes');
CREATE TABLE public.customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE VIEW public.customer_totals AS
    SELECT c.id, c.name, sum(i.total) AS total
    FROM public.customers c JOIN remote.invoices i ON i.customer_id = c.id
    GROUP BY c.id, c.name;
