-- Privileges on relations, columns, routines, schemas and types of the inspected schemas and
-- on foreign servers and wrappers, relative to the built-in default (acldefault): "granted"
-- rows are privileges beyond the default, "revoked" rows are default privileges that were
-- revoked (EXECUTE or USAGE from PUBLIC).  A NULL acl is the default and yields nothing.  The
-- owner's own entry counts like any other: a privilege the owner revoked from itself is a
-- "revoked" row, one it granted itself WITH GRANT OPTION a "granted" row (pg_dump writes both).
-- position: 1-based place of the grantee's entry in the stored acl (0 for revoked rows);
-- by_default: the grantee has the privilege by default (only its grant option is beyond it).
WITH objects AS (
  SELECT 'pg_class'::regclass::oid AS classid, c.oid AS objid, 0 AS objsubid,
         NULL::text AS column_name, c.relacl AS acl, c.relowner AS owner,
         CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char" AS objtype
  FROM pg_class c
  WHERE c.relnamespace = ANY (%(schemas)s::oid[]) AND c.relacl IS NOT NULL
    AND c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S')
  UNION ALL
  SELECT 'pg_class'::regclass::oid, a.attrelid, a.attnum, a.attname::text, a.attacl,
         c.relowner, 'c'::"char"
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  WHERE c.relnamespace = ANY (%(schemas)s::oid[]) AND a.attacl IS NOT NULL
    AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL
  SELECT 'pg_proc'::regclass::oid, p.oid, 0, NULL, p.proacl, p.proowner, 'f'
  FROM pg_proc p
  WHERE p.pronamespace = ANY (%(schemas)s::oid[]) AND p.proacl IS NOT NULL
  UNION ALL
  SELECT 'pg_namespace'::regclass::oid, n.oid, 0, NULL, n.nspacl, n.nspowner, 'n'
  FROM pg_namespace n
  WHERE n.oid = ANY (%(schemas)s::oid[]) AND n.nspacl IS NOT NULL
  UNION ALL
  SELECT 'pg_type'::regclass::oid, t.oid, 0, NULL, t.typacl, t.typowner, 'T'
  FROM pg_type t
  WHERE t.typnamespace = ANY (%(schemas)s::oid[]) AND t.typacl IS NOT NULL
  UNION ALL  -- foreign servers (not in a schema: the model keeps those it has)
  SELECT 'pg_foreign_server'::regclass::oid, s.oid, 0, NULL, s.srvacl, s.srvowner, 'S'
  FROM pg_foreign_server s
  WHERE s.srvacl IS NOT NULL
  UNION ALL  -- and foreign-data wrappers (the model keeps those no extension makes)
  SELECT 'pg_foreign_data_wrapper'::regclass::oid, w.oid, 0, NULL, w.fdwacl, w.fdwowner, 'F'
  FROM pg_foreign_data_wrapper w
  WHERE w.fdwacl IS NOT NULL
)
SELECT o.classid,
       o.objid,
       o.objsubid,
       o.column_name,
       CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(g.grantee)::text END AS grantee,
       g.privilege_type AS privilege,
       g.is_grantable AS grantable,
       g.revoked,
       g.position,
       g.by_default
FROM objects o
CROSS JOIN LATERAL (
  SELECT a.grantee, a.privilege_type, a.is_grantable, false AS revoked, e.position::int AS position,
         EXISTS (SELECT FROM aclexplode(acldefault(o.objtype, o.owner)) d
                 WHERE d.grantee = a.grantee AND d.privilege_type = a.privilege_type) AS by_default
  FROM unnest(o.acl) WITH ORDINALITY AS e(item, position)
  CROSS JOIN LATERAL aclexplode(ARRAY[e.item]) a
  WHERE NOT EXISTS (SELECT FROM aclexplode(acldefault(o.objtype, o.owner)) d
                    WHERE d.grantee = a.grantee AND d.privilege_type = a.privilege_type
                      AND d.is_grantable = a.is_grantable)
  UNION ALL
  SELECT d.grantee, d.privilege_type, d.is_grantable, true, 0, true
  FROM aclexplode(acldefault(o.objtype, o.owner)) d
  WHERE NOT EXISTS (SELECT FROM aclexplode(o.acl) a
                    WHERE a.grantee = d.grantee AND a.privilege_type = d.privilege_type)
) g
