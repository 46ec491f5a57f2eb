-- Foreign-data wrappers that are no extension's member (Supabase Wrappers: CREATE FOREIGN
-- DATA WRAPPER stripe_wrapper HANDLER stripe_fdw_handler ...): every one when the whole
-- database is inspected, otherwise those the inspected foreign tables' servers use.  Handler
-- and validator are printed qualified (regproc text under the inspection's search_path).
-- Options whose name says they hold a secret: only their names (reported, as in
-- foreign_servers.sql).
SELECT w.oid,
       w.fdwname AS name,
       CASE WHEN w.fdwhandler <> 0 THEN w.fdwhandler::regproc::text END AS handler,
       CASE WHEN w.fdwvalidator <> 0 THEN w.fdwvalidator::regproc::text END AS validator,
       ARRAY(SELECT quote_ident(t.option_name) || ' ' || quote_literal(t.option_value)
             FROM pg_options_to_table(w.fdwoptions) AS t
             WHERE t.option_name !~* '(password|passwd|secret|token|key|credential)'
             ORDER BY t.option_name) AS options,
       ARRAY(SELECT t.option_name::text
             FROM pg_options_to_table(w.fdwoptions) AS t
             WHERE t.option_name ~* '(password|passwd|secret|token|key|credential)'
             ORDER BY t.option_name) AS secret_options
FROM pg_foreign_data_wrapper w
WHERE (%(whole)s
       OR EXISTS (SELECT FROM pg_foreign_server s
                  JOIN pg_foreign_table t ON t.ftserver = s.oid
                  JOIN pg_class c ON c.oid = t.ftrelid
                  WHERE s.srvfdw = w.oid AND c.relnamespace = ANY (%(schemas)s::oid[])))
  AND w.oid <> ALL (%(hidden_pg_foreign_data_wrapper)s::oid[])
