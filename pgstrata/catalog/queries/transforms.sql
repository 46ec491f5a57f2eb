-- Transforms no extension makes (CREATE TRANSFORM FOR type LANGUAGE lang …): database-wide,
-- read when the whole database is inspected.  Functions as regprocedure prints them (with
-- their argument types, qualified where the search path does not reach).
SELECT t.oid,
       format_type(t.trftype, NULL) AS type,
       l.lanname::text AS language,
       CASE WHEN t.trffromsql <> 0 THEN t.trffromsql::regprocedure::text END AS from_sql,
       CASE WHEN t.trftosql <> 0 THEN t.trftosql::regprocedure::text END AS to_sql
FROM pg_transform t
JOIN pg_language l ON l.oid = t.trflang
WHERE %(whole)s
  AND t.oid <> ALL (%(hidden_pg_transform)s::oid[])
