-- Row-level security policies on relations of the inspected schemas and, when the whole
-- database is inspected, the application's policies on tables of the platform
-- schemas (storage.objects …).  Roles are sorted; 0 is PUBLIC.
SELECT p.oid,
       n.nspname AS schema,
       c.relname AS table_name,
       p.polname AS name,
       p.polpermissive AS permissive,
       p.polcmd AS command,
       ARRAY(SELECT CASE WHEN u.oid = 0 THEN 'public' ELSE pg_get_userbyid(u.oid)::text END
             FROM unnest(p.polroles) AS u(oid) ORDER BY 1) AS roles,
       pg_get_expr(p.polqual, p.polrelid, p.polqual::text !~ %(nested_bool)s) AS using_expr,
       pg_get_expr(p.polwithcheck, p.polrelid, p.polwithcheck::text !~ %(nested_bool)s) AS check_expr
FROM pg_policy p
JOIN pg_class c ON c.oid = p.polrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE p.oid <> ALL (%(hidden_pg_policy)s::oid[])
  AND c.oid <> ALL (%(hidden_pg_class)s::oid[])
  AND (c.relnamespace = ANY (%(schemas)s::oid[])
       OR (%(whole)s AND n.nspname = ANY (%(platform)s::text[])))
