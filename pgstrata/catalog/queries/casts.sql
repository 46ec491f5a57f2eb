-- User-defined casts (database-wide): all of them when the whole database is inspected,
-- otherwise those whose source, target or function is in an inspected schema.  Casts made by
-- PostgreSQL itself (range → multirange: an 'i' dependency) are left out.
SELECT k.oid,
       format_type(k.castsource, NULL) AS source,
       format_type(k.casttarget, NULL) AS target,
       CASE WHEN k.castfunc <> 0 THEN k.castfunc::regprocedure::text END AS function,
       k.castcontext AS context,
       k.castmethod AS method
FROM pg_cast k
JOIN pg_type s ON s.oid = k.castsource
JOIN pg_type t ON t.oid = k.casttarget
LEFT JOIN pg_proc f ON f.oid = k.castfunc
WHERE k.oid >= 16384
  AND k.oid <> ALL (%(hidden_pg_cast)s::oid[])
  AND (%(whole)s
       OR s.typnamespace = ANY (%(schemas)s::oid[])
       OR t.typnamespace = ANY (%(schemas)s::oid[])
       OR f.pronamespace = ANY (%(schemas)s::oid[]))
