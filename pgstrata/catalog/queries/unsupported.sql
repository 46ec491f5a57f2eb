-- Objects pgstrata sees but cannot model yet, so that they are reported and never dropped
-- silently.  Schema-bound ones come from the inspected schemas; database-wide ones (languages,
-- subscriptions) only when the whole database is inspected, except
-- the user mappings of the inspected foreign tables' servers (credentials: never read, only
-- reported).
WITH ext AS (
  SELECT classid, objid FROM pg_depend WHERE deptype = 'e'
)
SELECT n.nspname AS schema, c.opcname || ' USING ' || am.amname AS name, 'operator class' AS what
FROM pg_opclass c JOIN pg_namespace n ON n.oid = c.opcnamespace JOIN pg_am am ON am.oid = c.opcmethod
WHERE c.opcnamespace = ANY (%(schemas)s::oid[])
  AND NOT EXISTS (SELECT FROM ext WHERE classid = 'pg_opclass'::regclass AND objid = c.oid)
UNION ALL
SELECT n.nspname, f.opfname || ' USING ' || am.amname, 'operator family'
FROM pg_opfamily f JOIN pg_namespace n ON n.oid = f.opfnamespace JOIN pg_am am ON am.oid = f.opfmethod
WHERE f.opfnamespace = ANY (%(schemas)s::oid[])
  AND NOT EXISTS (SELECT FROM ext WHERE classid = 'pg_opfamily'::regclass AND objid = f.oid)
  AND NOT EXISTS (SELECT FROM pg_opclass c WHERE c.opcfamily = f.oid AND c.opcname = f.opfname)
UNION ALL
SELECT n.nspname, p.prsname, 'text search parser'
FROM pg_ts_parser p JOIN pg_namespace n ON n.oid = p.prsnamespace
WHERE p.prsnamespace = ANY (%(schemas)s::oid[])
  AND NOT EXISTS (SELECT FROM ext WHERE classid = 'pg_ts_parser'::regclass AND objid = p.oid)
UNION ALL
SELECT n.nspname, t.tmplname, 'text search template'
FROM pg_ts_template t JOIN pg_namespace n ON n.oid = t.tmplnamespace
WHERE t.tmplnamespace = ANY (%(schemas)s::oid[])
  AND NOT EXISTS (SELECT FROM ext WHERE classid = 'pg_ts_template'::regclass AND objid = t.oid)
UNION ALL
SELECT n.nspname, t.typname, CASE t.typtype WHEN 'p' THEN 'shell type' ELSE 'base type' END
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typnamespace = ANY (%(schemas)s::oid[])
  AND t.typtype IN ('b', 'p')
  AND NOT EXISTS (SELECT FROM pg_type e WHERE e.typarray = t.oid)
  AND NOT EXISTS (SELECT FROM ext WHERE classid = 'pg_type'::regclass AND objid = t.oid)
UNION ALL
-- privileges on an extension's own functions and relations that differ from those its script
-- gave them (pg_init_privs; what pg_dump prints): not modelled, reported
SELECT n.nspname, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
       'privileges on an extension''s routine'
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN ext e ON e.classid = 'pg_proc'::regclass AND e.objid = p.oid
LEFT JOIN pg_init_privs i ON i.classoid = 'pg_proc'::regclass AND i.objoid = p.oid AND i.objsubid = 0
WHERE p.pronamespace = ANY (%(schemas)s::oid[])
  AND coalesce(p.proacl, acldefault('f'::"char", p.proowner))
      IS DISTINCT FROM coalesce(i.initprivs, acldefault('f'::"char", p.proowner))
UNION ALL
SELECT n.nspname, c.relname, 'privileges on an extension''s relation'
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN ext e ON e.classid = 'pg_class'::regclass AND e.objid = c.oid
LEFT JOIN pg_init_privs i ON i.classoid = 'pg_class'::regclass AND i.objoid = c.oid AND i.objsubid = 0
WHERE c.relnamespace = ANY (%(schemas)s::oid[]) AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
  AND coalesce(c.relacl, acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner))
      IS DISTINCT FROM coalesce(i.initprivs, acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner))
UNION ALL
SELECT n.nspname, c.relname || ' in ' || s.spcname, 'tablespace'
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_tablespace s ON s.oid = c.reltablespace
WHERE c.relnamespace = ANY (%(schemas)s::oid[]) AND c.reltablespace <> 0
  AND c.relkind IN ('r', 'p', 'm', 'i', 'I')
  AND NOT EXISTS (SELECT FROM ext WHERE classid = 'pg_class'::regclass AND objid = c.oid)
UNION ALL
SELECT NULL, m.srvname || ' for ' || m.usename, 'user mapping'
FROM pg_user_mappings m JOIN pg_foreign_server s ON s.oid = m.srvid  -- the view: no options
WHERE (%(whole)s
       OR EXISTS (SELECT FROM pg_foreign_table t JOIN pg_class c ON c.oid = t.ftrelid
                  WHERE t.ftserver = s.oid AND c.relnamespace = ANY (%(schemas)s::oid[])))
  AND NOT EXISTS (SELECT FROM ext WHERE classid = 'pg_foreign_server'::regclass AND objid = s.oid)
UNION ALL
SELECT NULL, l.lanname, 'language'
FROM pg_language l
WHERE %(whole)s AND l.oid >= 16384
  AND NOT EXISTS (SELECT FROM ext WHERE classid = 'pg_language'::regclass AND objid = l.oid)
UNION ALL
SELECT NULL, s.subname, 'subscription'
FROM pg_subscription s
WHERE %(whole)s
  AND s.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
