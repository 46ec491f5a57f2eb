-- Tables, partitioned tables and foreign tables of the inspected schemas.
SELECT c.oid,
       c.reltype AS type_oid,
       n.nspname AS schema,
       c.relname AS name,
       c.relkind AS kind,
       c.relpersistence AS persistence,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid, true) END AS partition_bound,
       c.relrowsecurity AS rls_enabled,
       c.relforcerowsecurity AS rls_forced,
       c.reloptions AS options,
       tc.reloptions AS toast_options,
       CASE WHEN am.amname <> 'heap' THEN am.amname::text END AS access_method,
       c.relreplident AS replica_identity,
       CASE WHEN c.relreplident = 'i' THEN
         (SELECT ic.relname::text FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid
          WHERE x.indrelid = c.oid AND x.indisreplident) END AS replica_identity_index,
       fs.srvname::text AS foreign_server,
       CASE WHEN ft.ftoptions IS NOT NULL THEN  -- as OPTIONS items: name 'value'
         ARRAY(SELECT quote_ident(o.option_name) || ' ' || quote_literal(o.option_value)
               FROM pg_options_to_table(ft.ftoptions) AS o) END AS foreign_options,
       CASE WHEN c.reloftype <> 0 THEN format_type(c.reloftype, NULL) END AS of_type
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class tc ON tc.oid = c.reltoastrelid
LEFT JOIN pg_am am ON am.oid = c.relam
LEFT JOIN pg_foreign_table ft ON ft.ftrelid = c.oid
LEFT JOIN pg_foreign_server fs ON fs.oid = ft.ftserver
WHERE c.relkind IN ('r', 'p', 'f')
  AND c.relnamespace = ANY (%(schemas)s::oid[])
  AND c.oid <> ALL (%(hidden_pg_class)s::oid[])
