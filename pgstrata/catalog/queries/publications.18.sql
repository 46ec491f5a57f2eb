-- Publications (database-wide); which of them belong to the scope is decided from their tables.
-- PostgreSQL 18: publish_generated_columns (pubgencols 's' = stored, 'n' = none, the default).
SELECT p.oid,
       p.pubname AS name,
       p.puballtables AS all_tables,
       p.pubinsert AS publish_insert,
       p.pubupdate AS publish_update,
       p.pubdelete AS publish_delete,
       p.pubtruncate AS publish_truncate,
       p.pubviaroot AS via_root,
       CASE WHEN p.pubgencols = 's' THEN 'stored' END AS generated_columns
FROM pg_publication p
WHERE p.oid <> ALL (%(hidden_pg_publication)s::oid[])
