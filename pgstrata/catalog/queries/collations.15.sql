-- Collations in the inspected schemas (PostgreSQL 15-16: colliculocale).
SELECT c.oid,
       n.nspname AS schema,
       c.collname AS name,
       c.collprovider AS provider,
       c.collisdeterministic AS deterministic,
       c.collcollate AS lc_collate,
       c.collctype AS lc_ctype,
       c.colliculocale AS locale
FROM pg_collation c
JOIN pg_namespace n ON n.oid = c.collnamespace
WHERE c.collnamespace = ANY (%(schemas)s::oid[])
  AND c.oid <> ALL (%(hidden_pg_collation)s::oid[])
