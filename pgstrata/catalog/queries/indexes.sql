-- Indexes on tables and materialized views that do not back a constraint, with the index
-- they are attached to (partitions of a partitioned index).  column_nums: 0 is an expression.
-- With fingerprints, definition is a digest of the index's catalog row instead of its
-- pg_get_indexdef (four times cheaper); compare prints the kept ones afterwards.
WITH rels AS (
  SELECT c.oid
  FROM pg_class c
  WHERE c.relkind IN ('r', 'p', 'm')
    AND c.relnamespace = ANY (%(schemas)s::oid[])
    AND c.oid <> ALL (%(hidden_pg_class)s::oid[])
)
SELECT x.indexrelid AS oid,
       x.indrelid AS relid,
       ic.relname AS name,
       CASE WHEN %(fingerprints)s  -- compare reads a fingerprint first (catalog/narrow.py)
            THEN md5((to_jsonb(x) - '{indexrelid,indrelid}'::text[])::text
                     || coalesce(ic.reloptions::text, '') || ic.reltablespace::text)
            ELSE pg_get_indexdef(x.indexrelid, 0, true) END AS definition,
       x.indisunique AS is_unique,
       am.amname AS method,
       x.indpred IS NOT NULL AS partial,
       pn.nspname AS parent_schema,
       p.relname AS parent_name,
       ic.relkind = 'I' AS partitioned,
       x.indkey::int2[] AS column_nums
FROM rels r
JOIN pg_index x ON x.indrelid = r.oid
JOIN pg_class ic ON ic.oid = x.indexrelid
JOIN pg_am am ON am.oid = ic.relam
LEFT JOIN pg_inherits h ON h.inhrelid = x.indexrelid
LEFT JOIN pg_class p ON p.oid = h.inhparent
LEFT JOIN pg_namespace pn ON pn.oid = p.relnamespace
WHERE NOT EXISTS (SELECT FROM pg_constraint k
                  WHERE k.conindid = x.indexrelid AND k.conrelid = x.indrelid
                    AND k.contype IN ('p', 'u', 'x'))
