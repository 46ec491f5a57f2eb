-- Objects of user schemas this inspection does not read that inspected objects need (pg_depend:
-- a trigger calling private.fn(), a view or FK reading private.t, a column of type private.mood),
-- named, so that a plan that makes those objects can say the target must already have them.
-- Nothing when the whole database is inspected.  Never PostgreSQL's schemas, the platform's,
-- schemas an extension made, or an extension's members: those are there wherever the
-- extension and the platform are.  The dependent end is resolved by the builder from the
-- dependency rows it could not resolve (queries/dependencies.sql).
WITH outside AS (
  SELECT n.oid, n.nspname
  FROM pg_namespace n
  WHERE NOT %(whole)s
    AND n.oid <> ALL (%(schemas)s::oid[])
    AND n.nspname <> ALL (%(platform)s::text[])
    AND n.nspname <> 'information_schema'
    AND n.nspname NOT LIKE 'pg\_%%'
    AND NOT EXISTS (SELECT FROM pg_depend e
                    WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid AND e.deptype = 'e')
),
referenced AS (
  SELECT 'pg_proc'::regclass::oid AS classid, p.oid, o.nspname
  FROM pg_proc p JOIN outside o ON o.oid = p.pronamespace
  UNION ALL
  SELECT 'pg_class'::regclass::oid, c.oid, o.nspname
  FROM pg_class c JOIN outside o ON o.oid = c.relnamespace
  WHERE c.relkind NOT IN ('i', 'I')  -- an FK's referenced key: its table is named already
  UNION ALL
  SELECT 'pg_type'::regclass::oid, t.oid, o.nspname
  FROM pg_type t JOIN outside o ON o.oid = t.typnamespace
)
SELECT r.classid, r.oid AS objid, r.nspname AS schema,
       pg_describe_object(r.classid, r.oid, 0) AS name
FROM referenced r
WHERE EXISTS (SELECT FROM pg_depend d
              WHERE d.refclassid = r.classid AND d.refobjid = r.oid AND d.deptype IN ('n', 'a'))
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = r.classid AND e.objid = r.oid AND e.deptype = 'e')
ORDER BY 1, 2
