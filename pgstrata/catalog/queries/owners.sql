-- The owner of every object that has one, read only when ownership is opted in (the owners
-- parameter; DESIGN §6: otherwise the server plans it as a one-time false filter).  Which rows belong to the model is decided by the objects found (a table's row
-- type, an identity sequence … are not model objects and fall away).  Sequences linked to a
-- table (serial, identity) are left out: they follow their table's owner, and PostgreSQL
-- refuses to change theirs alone.
WITH owned AS (
  SELECT 'pg_namespace'::regclass::oid AS classid, n.oid AS objid, 0 AS objsubid,
         pg_get_userbyid(n.nspowner)::text AS owner
  FROM pg_namespace n
  WHERE n.oid = ANY (%(schemas)s::oid[])
  UNION ALL
  SELECT 'pg_class'::regclass::oid, c.oid, 0, pg_get_userbyid(c.relowner)::text
  FROM pg_class c
  WHERE c.relnamespace = ANY (%(schemas)s::oid[])
    AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    AND NOT EXISTS (SELECT FROM pg_depend d
                    WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                      AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
                      AND c.relkind = 'S')
  UNION ALL
  SELECT 'pg_proc'::regclass::oid, p.oid, 0, pg_get_userbyid(p.proowner)::text
  FROM pg_proc p
  WHERE p.pronamespace = ANY (%(schemas)s::oid[])
  UNION ALL
  SELECT 'pg_type'::regclass::oid, t.oid, 0, pg_get_userbyid(t.typowner)::text
  FROM pg_type t
  WHERE t.typnamespace = ANY (%(schemas)s::oid[]) AND t.typtype IN ('e', 'd', 'r', 'c')
  UNION ALL
  SELECT 'pg_collation'::regclass::oid, o.oid, 0, pg_get_userbyid(o.collowner)::text
  FROM pg_collation o
  WHERE o.collnamespace = ANY (%(schemas)s::oid[])
  UNION ALL
  SELECT 'pg_ts_dict'::regclass::oid, d.oid, 0, pg_get_userbyid(d.dictowner)::text
  FROM pg_ts_dict d
  WHERE d.dictnamespace = ANY (%(schemas)s::oid[])
  UNION ALL
  SELECT 'pg_ts_config'::regclass::oid, g.oid, 0, pg_get_userbyid(g.cfgowner)::text
  FROM pg_ts_config g
  WHERE g.cfgnamespace = ANY (%(schemas)s::oid[])
  UNION ALL
  SELECT 'pg_operator'::regclass::oid, r.oid, 0, pg_get_userbyid(r.oprowner)::text
  FROM pg_operator r
  WHERE r.oprnamespace = ANY (%(schemas)s::oid[])
  UNION ALL
  SELECT 'pg_statistic_ext'::regclass::oid, s.oid, 0, pg_get_userbyid(s.stxowner)::text
  FROM pg_statistic_ext s
  WHERE s.stxnamespace = ANY (%(schemas)s::oid[])
  UNION ALL
  SELECT 'pg_foreign_server'::regclass::oid, f.oid, 0, pg_get_userbyid(f.srvowner)::text
  FROM pg_foreign_server f
  UNION ALL
  SELECT 'pg_publication'::regclass::oid, u.oid, 0, pg_get_userbyid(u.pubowner)::text
  FROM pg_publication u
  UNION ALL
  SELECT 'pg_event_trigger'::regclass::oid, e.oid, 0, pg_get_userbyid(e.evtowner)::text
  FROM pg_event_trigger e
)
SELECT o.classid, o.objid, o.objsubid, o.owner
FROM owned o
WHERE %(owners)s
