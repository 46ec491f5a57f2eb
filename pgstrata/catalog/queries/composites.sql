-- Composite types (CREATE TYPE ... AS (...)) with their attributes in order.
SELECT t.oid,
       t.typrelid AS relid,
       n.nspname AS schema,
       t.typname AS name,
       ARRAY(SELECT a.attname::text FROM pg_attribute a
             WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) AS attribute_names,
       ARRAY(SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
             WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) AS attribute_types,
       ARRAY(SELECT CASE WHEN co.oid IS NULL THEN NULL
                         WHEN pg_collation_is_visible(co.oid) THEN quote_ident(co.collname)
                         ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END
             FROM pg_attribute a
             JOIN pg_type at ON at.oid = a.atttypid
             LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> at.typcollation
             LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
             WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) AS attribute_collations
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_class r ON r.oid = t.typrelid AND r.relkind = 'c'
WHERE t.typtype = 'c'
  AND t.typnamespace = ANY (%(schemas)s::oid[])
  AND t.oid <> ALL (%(hidden_pg_type)s::oid[])
