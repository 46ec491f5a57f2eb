-- Tables of publications (PostgreSQL 15+: with row filters and column lists, which are flagged).
SELECT r.oid,
       r.prpubid AS publication_oid,
       n.nspname AS schema,
       c.relname AS table_name,
       (r.prqual IS NOT NULL OR r.prattrs IS NOT NULL) AS filtered
FROM pg_publication_rel r
JOIN pg_class c ON c.oid = r.prrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE %(whole)s OR c.relnamespace = ANY (%(schemas)s::oid[])
