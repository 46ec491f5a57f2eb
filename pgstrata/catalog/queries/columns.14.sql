-- Live columns of the tables of the inspected schemas (PostgreSQL 14+: attcompression).
-- The default is NULL for generated columns, whose expression is in "generated"; collation and
-- storage are NULL when they are the type's own, statistics when it is the default (-1 in
-- 13-16, NULL in 17+).  Defaults cannot refer to columns, so they are printed without opening
-- the table (relid 0): much faster when cold.
WITH rels AS (
  SELECT c.oid
  FROM pg_class c
  WHERE c.relkind IN ('r', 'p', 'f')
    AND c.relnamespace = ANY (%(schemas)s::oid[])
    AND c.oid <> ALL (%(hidden_pg_class)s::oid[])
)
SELECT a.attrelid AS relid,
       a.attnum AS num,
       a.attname AS name,
       format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull AS not_null,
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, 0, d.adbin::text !~ %(nested_bool)s) END AS default_expr,
       CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid, d.adbin::text !~ %(nested_bool)s) END AS generated,
       a.attgenerated AS generated_kind,
       a.attidentity AS identity,
       CASE WHEN co.oid IS NULL THEN NULL
            WHEN pg_collation_is_visible(co.oid) THEN quote_ident(co.collname)
            ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END AS collation,
       NOT a.attislocal AS inherited,
       CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage END AS storage,
       CASE WHEN a.attstorage <> t.typstorage THEN t.typstorage END AS type_storage,
       a.attcompression AS compression,
       nullif(coalesce(a.attstattarget::int, -1), -1) AS statistics,
       a.attoptions AS options,
       CASE WHEN a.attfdwoptions IS NOT NULL THEN  -- a foreign table's column OPTIONS: name 'value'
         ARRAY(SELECT quote_ident(o.option_name) || ' ' || quote_literal(o.option_value)
               FROM pg_options_to_table(a.attfdwoptions) AS o ORDER BY o.option_name) END AS foreign_options,
       -- a domain's base type, under every domain it is made from: an IN list over the column
       -- is stored over that type (catalog.printed)
       CASE WHEN t.typtype = 'd' THEN (
         WITH RECURSIVE under (oid, typmod) AS (
           SELECT t.typbasetype, t.typtypmod
           UNION ALL
           SELECT b.typbasetype, b.typtypmod FROM under u JOIN pg_type b ON b.oid = u.oid AND b.typtype = 'd')
         SELECT format_type(u.oid, u.typmod) FROM under u JOIN pg_type b ON b.oid = u.oid AND b.typtype <> 'd')
       END AS base_type
FROM rels r
JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> t.typcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
ORDER BY a.attrelid, a.attnum
