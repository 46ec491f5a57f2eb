-- Functions, procedures and window functions (aggregates are in aggregates.sql); not the
-- ones made by PostgreSQL itself with a type (range constructors: an 'i' dependency).
-- printed_name is the qualified name exactly as pg_get_functiondef writes it in its header.
SELECT p.oid,
       n.nspname AS schema,
       p.proname AS name,
       p.prokind AS kind,
       pg_get_function_identity_arguments(p.oid) AS identity_args,
       pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result,
       pg_get_functiondef(p.oid) AS definition,
       quote_ident(n.nspname) || '.' || quote_ident(p.proname) AS printed_name,
       l.lanname AS language,
       p.provolatile AS volatility,
       p.prosecdef AS security_definer,
       p.proconfig AS config
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
WHERE p.prokind IN ('f', 'p', 'w')
  AND p.pronamespace = ANY (%(schemas)s::oid[])
  AND p.oid <> ALL (%(hidden_pg_proc)s::oid[])
