-- A foreign server moves to another host and changes its options in place; a second server
-- (another wrapper type would force drop + create) is added with its foreign table.
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER billing FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'old.internal', dbname 'billing', fetch_size '100');
CREATE FOREIGN TABLE public.invoices (id bigint NOT NULL, total numeric) SERVER billing OPTIONS (table_name 'invoices');
