CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER billing VERSION '16' FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'new.internal', dbname 'billing', port '6432');
CREATE FOREIGN TABLE public.invoices (id bigint NOT NULL, total numeric) SERVER billing OPTIONS (table_name 'invoices_v2');
CREATE SERVER crm FOREIGN DATA WRAPPER postgres_fdw OPTIONS (dbname 'crm');
CREATE FOREIGN TABLE public.contacts (id bigint NOT NULL, email text) SERVER crm;
CREATE FOREIGN TABLE public.archive (id bigint, note text) SERVER crm OPTIONS (table_name 'archive');
CREATE VIEW public.archived_ids AS SELECT id FROM public.archive;
