-- Enum types with their labels in sort order.
SELECT t.oid,
       n.nspname AS schema,
       t.typname AS name,
       ARRAY(SELECT e.enumlabel::text FROM pg_enum e
             WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'e'
  AND t.typnamespace = ANY (%(schemas)s::oid[])
  AND t.oid <> ALL (%(hidden_pg_type)s::oid[])
