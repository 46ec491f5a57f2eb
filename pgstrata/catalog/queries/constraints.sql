-- Table constraints p, u, f, c, x (NOT NULL constraints fold into the columns); the names of
-- the constrained columns are looked up from column_nums by the builder.
-- With fingerprints (compare: catalog/narrow.py), ref_columns is NULL (the definition names
-- them) and read afterwards for the foreign keys kept (read.constraint_references), and the
-- definition of a valid key, unique or foreign key constraint is a digest ('md5:…') of what
-- pg_get_constraintdef prints from beyond the row's other fields: the referenced columns (by
-- number), actions, match type and operators (PERIOD), and the backing index's row (INCLUDE,
-- NULLS NOT DISTINCT) — printing them is most of this query's cost.  Printed as before: what
-- a digest cannot tell apart cheaply (NOT VALID from NOT ENFORCED, ON DELETE SET NULL (cols),
-- WITHOUT OVERLAPS) and exclusion constraints.  From PostgreSQL 18, whose stored expression
-- trees hold no source text positions, a valid CHECK's definition is a digest of its tree.
-- The kept digests are printed afterwards (read.constraint_definitions).
-- Foreign keys cloned onto the partitions of a referenced partitioned table are left
-- out (same conrelid as their parent): PostgreSQL recreates them by itself.
WITH rels AS (
  SELECT c.oid
  FROM pg_class c
  WHERE c.relkind IN ('r', 'p', 'f')
    AND c.relnamespace = ANY (%(schemas)s::oid[])
    AND c.oid <> ALL (%(hidden_pg_class)s::oid[])
)
SELECT k.oid,
       k.conrelid AS relid,
       k.conname AS name,
       k.contype AS type,
       CASE WHEN NOT k.convalidated THEN pg_get_constraintdef(k.oid, coalesce(k.conbin::text, '') !~ %(nested_bool)s)
            WHEN k.contype = 'c' AND %(check_fingerprints)s THEN 'md5:' || md5(k.conbin::text)
            WHEN k.contype IN ('p', 'u', 'f') AND %(fingerprints)s
                 AND k.confdeltype NOT IN ('n', 'd') AND k.conexclop IS NULL
              THEN 'md5:' || md5(concat_ws(' ', k.confkey, k.confupdtype, k.confdeltype, k.confmatchtype,
                                           k.conpfeqop, k.conppeqop, k.conffeqop,
                                           substr(x::text, length(x.indexrelid::text)
                                                           + length(x.indrelid::text) + 3)))
            ELSE pg_get_constraintdef(k.oid, coalesce(k.conbin::text, '') !~ %(nested_bool)s) END AS definition,
       k.conkey AS column_nums,
       k.condeferrable AS deferrable,
       k.condeferred AS deferred,
       k.convalidated AS validated,
       NOT k.conislocal AS inherited,
       k.connoinherit AS no_inherit,
       fn.nspname AS ref_schema,
       f.relname AS ref_table,
       CASE WHEN k.contype = 'f' AND NOT %(fingerprints)s THEN  -- compare reads them later
         ARRAY(SELECT a.attname::text
               FROM unnest(k.confkey) WITH ORDINALITY AS u(num, ord)
               JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.num
               ORDER BY u.ord) END AS ref_columns,
       CASE WHEN k.contype IN ('p', 'u', 'x') THEN k.conindid END AS index_oid,
       CASE WHEN k.contype IN ('p', 'u', 'x') THEN i.relname::text END AS index_name,
       CASE WHEN k.contype IN ('p', 'u', 'x') THEN i.reloptions END AS index_options,
       coalesce(x.indisclustered, false) AS index_clustered,
       -- the partitioned index a partition's key index is attached to when that is no key of
       -- the parent's (ALTER INDEX parent_idx ATTACH PARTITION part_pkey, parent_idx a plain
       -- unique index made ON ONLY the parent); attached to the parent's key: conparentid
       CASE WHEN k.contype IN ('p', 'u', 'x') AND k.conparentid = 0 THEN pin.nspname END AS index_parent_schema,
       CASE WHEN k.contype IN ('p', 'u', 'x') AND k.conparentid = 0 THEN pi.relname::text END AS index_parent_name
FROM rels r
JOIN pg_constraint k ON k.conrelid = r.oid
LEFT JOIN pg_constraint pk ON pk.oid = k.conparentid
LEFT JOIN pg_class f ON f.oid = k.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = f.relnamespace
LEFT JOIN pg_class i ON i.oid = k.conindid
LEFT JOIN pg_index x ON x.indexrelid = k.conindid AND k.contype IN ('p', 'u')
LEFT JOIN pg_inherits ih ON ih.inhrelid = k.conindid AND k.contype IN ('p', 'u', 'x')
LEFT JOIN pg_class pi ON pi.oid = ih.inhparent
LEFT JOIN pg_namespace pin ON pin.oid = pi.relnamespace
WHERE k.contype IN ('p', 'u', 'f', 'c', 'x')
  AND NOT (k.contype = 'f' AND pk.conrelid IS NOT DISTINCT FROM k.conrelid)
