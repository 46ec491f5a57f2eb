-- Publications (database-wide); which of them belong to the scope is decided from their tables.
SELECT p.oid,
       p.pubname AS name,
       p.puballtables AS all_tables,
       p.pubinsert AS publish_insert,
       p.pubupdate AS publish_update,
       p.pubdelete AS publish_delete,
       p.pubtruncate AS publish_truncate,
       p.pubviaroot AS via_root,
       NULL::text AS generated_columns  -- publications.18.sql: publish_generated_columns
FROM pg_publication p
WHERE p.oid <> ALL (%(hidden_pg_publication)s::oid[])
