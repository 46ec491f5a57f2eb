-- Parents of tables: the partitioned table of a partition, or plain INHERITS parents in order.
SELECT h.inhrelid AS relid,
       pn.nspname AS parent_schema,
       p.relname AS parent_name,
       c.relispartition AS partition
FROM pg_inherits h
JOIN pg_class c ON c.oid = h.inhrelid
JOIN pg_class p ON p.oid = h.inhparent
JOIN pg_namespace pn ON pn.oid = p.relnamespace
WHERE c.relkind IN ('r', 'p', 'f')
  AND c.relnamespace = ANY (%(schemas)s::oid[])
ORDER BY h.inhrelid, h.inhseqno
