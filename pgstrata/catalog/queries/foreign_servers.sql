-- Foreign servers: every one when the whole database is inspected, otherwise those the
-- inspected foreign tables use.  Options are printed as OPTIONS items (name 'value'), except
-- the ones whose name says they hold a secret (password, key, token, secret …, one pattern):
-- only those names are read, so that no secret reaches a model, a script or a log.  User
-- mappings are not read at all (their options are credentials).
SELECT s.oid,
       s.srvname AS name,
       w.fdwname AS wrapper,
       s.srvtype AS type,
       s.srvversion AS version,
       coalesce(opts.options, '{}') AS options,
       coalesce(opts.secret_options, '{}') AS secret_options
FROM pg_foreign_server s
JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw
CROSS JOIN LATERAL (
  SELECT array_agg(quote_ident(o.option_name) || ' ' || quote_literal(o.option_value)
                   ORDER BY o.option_name) FILTER (WHERE NOT o.secret) AS options,
         array_agg(o.option_name ORDER BY o.option_name) FILTER (WHERE o.secret) AS secret_options
  FROM (SELECT t.option_name, t.option_value,
               t.option_name ~* '(password|passwd|secret|token|key|credential)' AS secret
        FROM pg_options_to_table(s.srvoptions) AS t) AS o
) AS opts
WHERE (%(whole)s
       OR EXISTS (SELECT FROM pg_foreign_table t JOIN pg_class c ON c.oid = t.ftrelid
                  WHERE t.ftserver = s.oid AND c.relnamespace = ANY (%(schemas)s::oid[])))
  AND s.oid <> ALL (%(hidden_pg_foreign_server)s::oid[])
