-- Domains with base type, default, NOT NULL, collation (when not the base type's) and CHECKs.
-- PostgreSQL 17+: a domain's NOT NULL is a constraint with a name; not_null_name is it when
-- not the one PostgreSQL chooses (<domain>_not_null).
SELECT t.oid,
       n.nspname AS schema,
       t.typname AS name,
       format_type(t.typbasetype, t.typtypmod) AS base_type,
       t.typnotnull AS not_null,
       pg_get_expr(t.typdefaultbin, 0, t.typdefaultbin::text !~ %(nested_bool)s) AS default_expr,
       CASE WHEN co.oid IS NULL THEN NULL
            WHEN pg_collation_is_visible(co.oid) THEN quote_ident(co.collname)
            ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END AS collation,
       ARRAY(SELECT k.oid FROM pg_constraint k
             WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname) AS check_oids,
       ARRAY(SELECT k.conname::text FROM pg_constraint k
             WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname) AS check_names,
       ARRAY(SELECT pg_get_constraintdef(k.oid, k.conbin::text !~ %(nested_bool)s) FROM pg_constraint k
             WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname) AS check_definitions,
       ARRAY(SELECT k.convalidated FROM pg_constraint k
             WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname) AS check_validated,
       (SELECT k.conname::text FROM pg_constraint k
        WHERE k.contypid = t.oid AND k.contype = 'n'
          AND k.conname <> left(t.typname::text, 54) || '_not_null') AS not_null_name
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_type b ON b.oid = t.typbasetype
LEFT JOIN pg_collation co ON co.oid = t.typcollation AND t.typcollation <> b.typcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
WHERE t.typtype = 'd'
  AND t.typnamespace = ANY (%(schemas)s::oid[])
  AND t.oid <> ALL (%(hidden_pg_type)s::oid[])
