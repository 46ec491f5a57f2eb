-- Extensions created after initdb (plpgsql and other built-ins have oids below 16384).
-- members: the names of the extension's own types, routines, operators, operator classes and
-- families, relations and collations, which live in its schema: a compare reads the current
-- database as it will print once ALTER EXTENSION … SET SCHEMA has moved them (diff/relocation).
SELECT x.oid,
       x.extname AS name,
       n.nspname AS schema,
       x.extversion AS version,
       x.extrelocatable AS relocatable,
       ARRAY(SELECT DISTINCT m.name
             FROM pg_depend d
             CROSS JOIN LATERAL (
                 SELECT typname::text FROM pg_type WHERE d.classid = 'pg_type'::regclass AND oid = d.objid
                 UNION ALL SELECT proname::text FROM pg_proc WHERE d.classid = 'pg_proc'::regclass AND oid = d.objid
                 UNION ALL SELECT oprname::text FROM pg_operator WHERE d.classid = 'pg_operator'::regclass AND oid = d.objid
                 UNION ALL SELECT opcname::text FROM pg_opclass WHERE d.classid = 'pg_opclass'::regclass AND oid = d.objid
                 UNION ALL SELECT opfname::text FROM pg_opfamily WHERE d.classid = 'pg_opfamily'::regclass AND oid = d.objid
                 UNION ALL SELECT relname::text FROM pg_class WHERE d.classid = 'pg_class'::regclass AND oid = d.objid
                 UNION ALL SELECT collname::text FROM pg_collation WHERE d.classid = 'pg_collation'::regclass AND oid = d.objid
             ) AS m(name)
             WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = x.oid AND d.deptype = 'e'
             ORDER BY m.name) AS members
FROM pg_extension x
JOIN pg_namespace n ON n.oid = x.extnamespace
WHERE x.oid >= 16384
ORDER BY x.extname
