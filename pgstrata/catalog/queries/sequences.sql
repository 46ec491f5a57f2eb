-- Sequences, identity sequences included (flagged): OWNED BY comes from the 'a' (serial,
-- OWNED BY) or 'i' (identity) dependency on a table column.
SELECT c.oid,
       n.nspname AS schema,
       c.relname AS name,
       format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart AS start,
       s.seqincrement AS increment,
       s.seqmin AS min_value,
       s.seqmax AS max_value,
       s.seqcache AS cache,
       s.seqcycle AS cycle,
       c.relpersistence AS persistence,
       d.deptype = 'i' AS identity,
       d.refobjid AS owner_relid,
       d.refobjsubid AS owner_attnum,
       ot.relname AS owner_table,
       oa.attname AS owner_column
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
                     AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0
                     AND d.deptype IN ('a', 'i')
LEFT JOIN pg_class ot ON ot.oid = d.refobjid
LEFT JOIN pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
WHERE c.relkind = 'S'
  AND c.relnamespace = ANY (%(schemas)s::oid[])
  AND c.oid <> ALL (%(hidden_pg_class)s::oid[])
