-- Rewrite rules other than the _RETURN rule of views, with their firing state (O, D, R, A
-- as for triggers).
SELECT r.oid,
       n.nspname AS schema,
       c.relname AS table_name,
       r.rulename AS name,
       pg_get_ruledef(r.oid, concat(r.ev_qual, r.ev_action) !~ %(nested_bool)s) AS definition,
       r.ev_enabled AS enabled
FROM pg_rewrite r
JOIN pg_class c ON c.oid = r.ev_class
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN'
  AND c.relnamespace = ANY (%(schemas)s::oid[])
  AND r.oid <> ALL (%(hidden_pg_rewrite)s::oid[])
  AND c.oid <> ALL (%(hidden_pg_class)s::oid[])
