CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER billing_db FOREIGN DATA WRAPPER postgres_fdw OPTIONS (dbname 'billing');
CREATE FOREIGN TABLE public.remote_invoices (id bigint, paid numeric(1,0), total text)
    SERVER billing_db OPTIONS (table_name 'invoices');
