-- Tables of publications (PostgreSQL 13-14: no row filters).
SELECT r.oid,
       r.prpubid AS publication_oid,
       n.nspname AS schema,
       c.relname AS table_name,
       NULL::text[] AS columns,
       NULL::text AS row_filter
FROM pg_publication_rel r
JOIN pg_class c ON c.oid = r.prrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE %(whole)s OR c.relnamespace = ANY (%(schemas)s::oid[])
