-- Foreign-data wrappers made by the application, not by an extension (as Supabase Wrappers'
-- CREATE FOREIGN DATA WRAPPER stripe_wrapper HANDLER ... VALIDATOR ...): with a handler and
-- validator from an extension, with options, bare; servers and foreign tables on them.
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE TABLE public.keep (id int);
CREATE FOREIGN DATA WRAPPER billing_wrapper HANDLER postgres_fdw_handler VALIDATOR postgres_fdw_validator;
CREATE SERVER billing_server FOREIGN DATA WRAPPER billing_wrapper OPTIONS (dbname 'billing');
CREATE FOREIGN TABLE public.customers (id text, email text) SERVER billing_server OPTIONS (table_name 'customers');
CREATE FOREIGN DATA WRAPPER api_wrapper HANDLER postgres_fdw_handler OPTIONS (debug 'true', region 'eu');
CREATE SERVER api_server FOREIGN DATA WRAPPER api_wrapper OPTIONS (endpoint 'https://api.example.com');
CREATE FOREIGN TABLE public.charges (id text, amount bigint) SERVER api_server OPTIONS (object 'charges');
CREATE FOREIGN DATA WRAPPER bare_wrapper;
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'etl_reader') THEN
    BEGIN CREATE ROLE etl_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
  END IF;
END $$;
GRANT USAGE ON FOREIGN DATA WRAPPER api_wrapper TO etl_reader;
GRANT USAGE ON FOREIGN SERVER api_server TO etl_reader;
