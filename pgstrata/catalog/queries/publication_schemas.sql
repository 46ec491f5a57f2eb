-- Schemas of publications: FOR TABLES IN SCHEMA exists from PostgreSQL 15 on.
SELECT NULL::oid AS publication_oid, NULL::name AS schema
WHERE false
