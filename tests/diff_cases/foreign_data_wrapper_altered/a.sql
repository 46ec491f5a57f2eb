-- A wrapper loses its validator and changes options in place; one is added, one dropped
-- with its server and foreign table.
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE TABLE public.keep (id int);
CREATE FOREIGN DATA WRAPPER billing_wrapper HANDLER postgres_fdw_handler VALIDATOR postgres_fdw_validator;
CREATE SERVER billing_server FOREIGN DATA WRAPPER billing_wrapper OPTIONS (dbname 'billing');
CREATE FOREIGN TABLE public.customers (id text, email text) SERVER billing_server OPTIONS (table_name 'customers');
CREATE FOREIGN DATA WRAPPER api_wrapper HANDLER postgres_fdw_handler OPTIONS (debug 'true', region 'eu');
CREATE SERVER api_server FOREIGN DATA WRAPPER api_wrapper OPTIONS (endpoint 'https://api.example.com');
CREATE FOREIGN TABLE public.charges (id text, amount bigint) SERVER api_server OPTIONS (object 'charges');
CREATE FOREIGN DATA WRAPPER bare_wrapper;
