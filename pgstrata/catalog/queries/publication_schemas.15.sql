-- Schemas of publications FOR TABLES IN SCHEMA (PostgreSQL 15+).
SELECT p.pnpubid AS publication_oid,
       n.nspname AS schema
FROM pg_publication_namespace p
JOIN pg_namespace n ON n.oid = p.pnnspid
WHERE %(whole)s OR p.pnnspid = ANY (%(schemas)s::oid[])
