-- The owner of every object that has one, read only when ownership is opted in (the owners
-- parameter; DESIGN §6: otherwise the server plans it as a one-time false filter).  Which rows belong to the model is decided by the objects found (a table's row
-- type, an identity sequence … are not model objects and fall away).  Sequences linked to a
-- table (serial, identity) are left out: they follow their table's owner, and PostgreSQL
-- refuses to change theirs alone.  "settable": whether the inspecting role may give an object
-- to the owner (ALTER … OWNER TO: a member of it - from 16, one who may SET ROLE to it - or a
-- superuser): a plan that makes an object again gives it back to its owner only then.
WITH owned AS (
  SELECT 'pg_namespace'::regclass::oid AS classid, n.oid AS objid, 0 AS objsubid,
         n.nspowner AS owner_oid
  FROM pg_namespace n
  WHERE n.oid = ANY (%(schemas)s::oid[])
  UNION ALL
  SELECT 'pg_class'::regclass::oid, c.oid, 0, c.relowner
  FROM pg_class c
  WHERE c.relnamespace = ANY (%(schemas)s::oid[])
    AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    AND NOT EXISTS (SELECT FROM pg_depend d
                    WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                      AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
                      AND c.relkind = 'S')
  UNION ALL
  SELECT 'pg_proc'::regclass::oid, p.oid, 0, p.proowner
  FROM pg_proc p
  WHERE p.pronamespace = ANY (%(schemas)s::oid[])
  UNION ALL
  SELECT 'pg_type'::regclass::oid, t.oid, 0, t.typowner
  FROM pg_type t
  WHERE t.typnamespace = ANY (%(schemas)s::oid[]) AND t.typtype IN ('e', 'd', 'r', 'c')
  UNION ALL
  SELECT 'pg_collation'::regclass::oid, o.oid, 0, o.collowner
  FROM pg_collation o
  WHERE o.collnamespace = ANY (%(schemas)s::oid[])
  UNION ALL
  SELECT 'pg_conversion'::regclass::oid, v.oid, 0, v.conowner
  FROM pg_conversion v
  WHERE v.connamespace = ANY (%(schemas)s::oid[])
  UNION ALL
  SELECT 'pg_ts_dict'::regclass::oid, d.oid, 0, d.dictowner
  FROM pg_ts_dict d
  WHERE d.dictnamespace = ANY (%(schemas)s::oid[])
  UNION ALL
  SELECT 'pg_ts_config'::regclass::oid, g.oid, 0, g.cfgowner
  FROM pg_ts_config g
  WHERE g.cfgnamespace = ANY (%(schemas)s::oid[])
  UNION ALL
  SELECT 'pg_operator'::regclass::oid, r.oid, 0, r.oprowner
  FROM pg_operator r
  WHERE r.oprnamespace = ANY (%(schemas)s::oid[])
  UNION ALL
  SELECT 'pg_statistic_ext'::regclass::oid, s.oid, 0, s.stxowner
  FROM pg_statistic_ext s
  WHERE s.stxnamespace = ANY (%(schemas)s::oid[])
  UNION ALL
  SELECT 'pg_foreign_data_wrapper'::regclass::oid, w.oid, 0, w.fdwowner
  FROM pg_foreign_data_wrapper w
  UNION ALL
  SELECT 'pg_foreign_server'::regclass::oid, f.oid, 0, f.srvowner
  FROM pg_foreign_server f
  UNION ALL
  SELECT 'pg_publication'::regclass::oid, u.oid, 0, u.pubowner
  FROM pg_publication u
  UNION ALL
  SELECT 'pg_event_trigger'::regclass::oid, e.oid, 0, e.evtowner
  FROM pg_event_trigger e
)
SELECT o.classid, o.objid, o.objsubid, pg_get_userbyid(o.owner_oid)::text AS owner,
       pg_has_role(o.owner_oid, CASE WHEN current_setting('server_version_num')::int >= 160000
                                     THEN 'SET' ELSE 'MEMBER' END) AS settable  -- 16: WITH SET
FROM owned o
WHERE %(owners)s
