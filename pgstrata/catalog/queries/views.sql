-- Views and materialized views with their columns (and a view's column defaults: ALTER VIEW …
-- ALTER COLUMN … SET DEFAULT, used when rows are inserted through the view).
SELECT c.oid,
       c.reltype AS type_oid,
       n.nspname AS schema,
       c.relname AS name,
       c.relkind = 'm' AS materialized,
       pg_get_viewdef(c.oid, (SELECT r.ev_action::text FROM pg_rewrite r
                               WHERE r.ev_class = c.oid AND r.rulename = '_RETURN') !~ %(nested_bool)s) AS definition,
       ARRAY(SELECT a.attname::text FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) AS column_names,
       -- a column's collation when its expression's is not its type's (a view over a text
       -- column COLLATE "C"): no ALTER changes it, and a placeholder view must declare it
       ARRAY(SELECT format_type(a.atttypid, a.atttypmod)
                    || CASE WHEN a.attcollation <> t.typcollation
                            THEN ' COLLATE ' || a.attcollation::regcollation::text ELSE '' END
             FROM pg_attribute a
             JOIN pg_type t ON t.oid = a.atttypid
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) AS column_types,
       CASE WHEN c.relkind = 'v' THEN
         ARRAY(SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a
               LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
               WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
               ORDER BY a.attnum) END AS column_defaults,
       -- a materialized view's column settings: (column, clause, the clause that undoes it);
       -- attcompression through jsonb, as PostgreSQL 13 has no such column
       CASE WHEN c.relkind = 'm' THEN
         ARRAY(SELECT ARRAY[a.attname::text, s.clause, s.undo]
               FROM pg_attribute a
               JOIN pg_type t ON t.oid = a.atttypid
               CROSS JOIN LATERAL (VALUES
                 (CASE WHEN a.attstorage <> t.typstorage THEN 'SET STORAGE ' || CASE a.attstorage
                    WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END END,
                  'SET STORAGE ' || CASE t.typstorage
                    WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END),
                 (CASE WHEN a.attstattarget >= 0 THEN 'SET STATISTICS ' || a.attstattarget END,
                  'SET STATISTICS -1'),
                 (CASE WHEN a.attoptions IS NOT NULL THEN 'SET (' || array_to_string(a.attoptions, ', ') || ')' END,
                  'RESET (' || (SELECT string_agg(split_part(o, '=', 1), ', ') FROM unnest(a.attoptions) o) || ')'),
                 (CASE WHEN coalesce(to_jsonb(a) ->> 'attcompression', '') <> '' THEN 'SET COMPRESSION '
                    || CASE to_jsonb(a) ->> 'attcompression' WHEN 'p' THEN 'pglz' ELSE 'lz4' END END,
                  'SET COMPRESSION DEFAULT')
               ) s(clause, undo)
               WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND s.clause IS NOT NULL
               ORDER BY a.attnum, s.clause) END AS column_settings,
       c.reloptions AS options,
       c.relispopulated AS populated,
       CASE WHEN am.amname <> 'heap' THEN am.amname::text END AS access_method
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_am am ON am.oid = c.relam
WHERE c.relkind IN ('v', 'm')
  AND c.relnamespace = ANY (%(schemas)s::oid[])
  AND c.oid <> ALL (%(hidden_pg_class)s::oid[])
