-- Indexes on tables and materialized views that do not back a constraint, with the index they
-- are attached to (partitions of a partitioned index).  column_nums: 0 is an expression;
-- clustered: the index its table is CLUSTERed ON (ALTER TABLE ... CLUSTER ON). With
-- fingerprints, definition is a digest of the index's catalog row (and of its columns'
-- operator class parameters) instead of its pg_get_indexdef (several times cheaper); compare
-- prints the kept ones afterwards.  The row is read as record text without its first two
-- fields (indexrelid and indrelid, oids of one database, first in every version): cheaper than
-- to_jsonb and the same in 13 to 18.  valid: what pg_dump dumps, not the residue of a failed
-- CREATE INDEX CONCURRENTLY (a partitioned table's index is invalid until every partition has
-- one attached, and dumped all the same).
WITH rels AS (
  SELECT c.oid, c.relkind
  FROM pg_class c
  WHERE c.relkind IN ('r', 'p', 'm')
    AND c.relnamespace = ANY (%(schemas)s::oid[])
    AND c.oid <> ALL (%(hidden_pg_class)s::oid[])
)
SELECT x.indexrelid AS oid,
       x.indrelid AS relid,
       ic.relname AS name,
       CASE WHEN %(fingerprints)s  -- compare reads a fingerprint first (catalog/narrow.py)
            THEN md5(concat_ws(' ', substr(x::text, length(x.indexrelid::text)
                                                      + length(x.indrelid::text) + 3),
                               ic.reloptions, ic.reltablespace,
                               -- operator class parameters (siglen …) are the index columns'
                               -- attoptions, not in pg_index; btree has none
                               CASE WHEN am.amname <> 'btree' THEN
                                 (SELECT array_agg(a.attoptions::text ORDER BY a.attnum)
                                  FROM pg_attribute a
                                  WHERE a.attrelid = x.indexrelid AND a.attoptions IS NOT NULL)
                               END))
            ELSE pg_get_indexdef(x.indexrelid, 0, concat(x.indexprs, x.indpred) !~ %(nested_bool)s) END AS definition,
       x.indisunique AS is_unique,
       am.amname AS method,
       x.indpred IS NOT NULL AS partial,
       pn.nspname AS parent_schema,
       p.relname AS parent_name,
       ic.relkind = 'I' AS partitioned,
       x.indkey::int2[] AS column_nums,
       x.indisclustered AS clustered,
       -- statistics targets of the expression columns (ALTER INDEX … ALTER COLUMN n SET STATISTICS)
       CASE WHEN x.indexprs IS NOT NULL THEN
         ARRAY(SELECT ARRAY[a.attnum, a.attstattarget]::int[] FROM pg_attribute a
               WHERE a.attrelid = x.indexrelid AND a.attstattarget >= 0 ORDER BY a.attnum) END AS statistics,
       (x.indisvalid OR r.relkind = 'p') AND x.indisready AS valid
FROM rels r
JOIN pg_index x ON x.indrelid = r.oid
JOIN pg_class ic ON ic.oid = x.indexrelid
JOIN pg_am am ON am.oid = ic.relam
LEFT JOIN pg_inherits h ON h.inhrelid = x.indexrelid
LEFT JOIN pg_class p ON p.oid = h.inhparent
LEFT JOIN pg_namespace pn ON pn.oid = p.relnamespace
WHERE x.indexrelid NOT IN (SELECT k.conindid FROM pg_constraint k  -- hashed: one scan
                           WHERE k.contype IN ('p', 'u', 'x'))
