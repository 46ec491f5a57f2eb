-- A foreign table's column changes to a type without an assignment cast (boolean <->
-- numeric): ALTER FOREIGN TABLE takes no USING (there are no rows to convert).
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER billing_db FOREIGN DATA WRAPPER postgres_fdw OPTIONS (dbname 'billing');
CREATE FOREIGN TABLE public.remote_invoices (id bigint, paid boolean, total numeric(12,2))
    SERVER billing_db OPTIONS (table_name 'invoices');
