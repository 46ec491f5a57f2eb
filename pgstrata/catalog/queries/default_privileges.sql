-- ALTER DEFAULT PRIVILEGES: per-schema entries (inspected schemas) add to the built-in default;
-- global entries (no schema) replace it, so they are compared with acldefault like grants.sql.
-- defaclobjtype: r tables, S sequences, f routines, T types, n schemas (L large objects, 18).
-- position: 1-based place of the grantee's entry in the stored acl (0 for revoked rows): a new
-- object gets the entries in this order.  The role's own entry counts like any other (a role
-- may revoke from itself what its new objects give their owner).
WITH entries AS (
  SELECT d.defaclrole AS role_oid,
         n.nspname AS schema,
         d.defaclobjtype AS object_type,
         d.defaclacl AS acl,
         CASE WHEN d.defaclnamespace = 0 THEN
           acldefault(CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END,
                      d.defaclrole)
         END AS base
  FROM pg_default_acl d
  LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
  WHERE d.defaclnamespace = 0 OR d.defaclnamespace = ANY (%(schemas)s::oid[])
)
SELECT pg_get_userbyid(e.role_oid)::text AS role,
       e.schema,
       e.object_type,
       CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(g.grantee)::text END AS grantee,
       g.privilege_type AS privilege,
       g.is_grantable AS grantable,
       g.revoked,
       g.position
FROM entries e
CROSS JOIN LATERAL (
  SELECT a.grantee, a.privilege_type, a.is_grantable, false AS revoked, p.position::int AS position
  FROM unnest(e.acl) WITH ORDINALITY AS p(item, position)
  CROSS JOIN LATERAL aclexplode(ARRAY[p.item]) a
  WHERE NOT EXISTS (SELECT FROM aclexplode(e.base) d
                    WHERE d.grantee = a.grantee AND d.privilege_type = a.privilege_type
                      AND d.is_grantable = a.is_grantable)
  UNION ALL
  SELECT d.grantee, d.privilege_type, d.is_grantable, true, 0
  FROM aclexplode(e.base) d
  WHERE NOT EXISTS (SELECT FROM aclexplode(e.acl) a
                    WHERE a.grantee = d.grantee AND a.privilege_type = d.privilege_type)
) g
