-- Views and materialized views with their columns (and a view's column defaults: ALTER VIEW …
-- ALTER COLUMN … SET DEFAULT, used when rows are inserted through the view).
SELECT c.oid,
       c.reltype AS type_oid,
       n.nspname AS schema,
       c.relname AS name,
       c.relkind = 'm' AS materialized,
       pg_get_viewdef(c.oid, true) AS definition,
       ARRAY(SELECT a.attname::text FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) AS column_names,
       ARRAY(SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) AS column_types,
       CASE WHEN c.relkind = 'v' THEN
         ARRAY(SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a
               LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
               WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
               ORDER BY a.attnum) END AS column_defaults,
       c.reloptions AS options,
       c.relispopulated AS populated,
       CASE WHEN am.amname <> 'heap' THEN am.amname::text END AS access_method
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_am am ON am.oid = c.relam
WHERE c.relkind IN ('v', 'm')
  AND c.relnamespace = ANY (%(schemas)s::oid[])
  AND c.oid <> ALL (%(hidden_pg_class)s::oid[])
