-- Tables of publications (PostgreSQL 15+: with their column lists, in list order, and row
-- filters).
SELECT r.oid,
       r.prpubid AS publication_oid,
       n.nspname AS schema,
       c.relname AS table_name,
       CASE WHEN r.prattrs IS NOT NULL THEN
         ARRAY(SELECT a.attname::text
               FROM unnest(r.prattrs::int2[]) WITH ORDINALITY AS u(num, ord)
               JOIN pg_attribute a ON a.attrelid = r.prrelid AND a.attnum = u.num
               ORDER BY u.ord) END AS columns,
       pg_get_expr(r.prqual, r.prrelid, r.prqual::text !~ %(nested_bool)s) AS row_filter
FROM pg_publication_rel r
JOIN pg_class c ON c.oid = r.prrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE %(whole)s OR c.relnamespace = ANY (%(schemas)s::oid[])
