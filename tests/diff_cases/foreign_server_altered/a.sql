-- A foreign server moves to another host and changes its options in place; a second server
-- is added with its foreign table; a foreign table moves to it (drop and create: no rows to keep).
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER billing FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'old.internal', dbname 'billing', fetch_size '100');
CREATE FOREIGN TABLE public.invoices (id bigint NOT NULL, total numeric) SERVER billing OPTIONS (table_name 'invoices');
CREATE FOREIGN TABLE public.archive (id bigint, note text) SERVER billing OPTIONS (table_name 'archive');
CREATE VIEW public.archived_ids AS SELECT id FROM public.archive;
