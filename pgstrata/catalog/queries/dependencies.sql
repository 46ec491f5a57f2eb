-- Normal ('n') and automatic ('a') dependencies between objects created after initdb, made to
-- point at the objects of the model:
--   dependent   _RETURN rule of a view → the view;  column default → its column;
--               CHECK of a domain → the domain;  NOT NULL constraints (18) are left out;
--               a rule reads whole relations: its column references become 0 (a view's
--               stay: the builder keeps both the column and the relation);
--   referenced  array type → its element type (an extension's member: the builder makes
--               it its extension, from hidden.sql).
-- Membership in a schema (refclassid pg_namespace) is implied by ObjectId.schema and left out,
-- and so is what becomes an object's dependency on itself (a default on its own column).
-- So are the dependencies of a constraint (p, u, f, c) on its own table's columns, and of an
-- index without expressions or predicate on its table's: the model states them (conkey,
-- indkey: Constraint.columns, Index.columns), and they are most of pg_depend.
WITH raw AS (
  SELECT d.classid, d.objid, d.objsubid, d.refclassid, d.refobjid, d.refobjsubid
  FROM pg_depend d
  WHERE d.deptype IN ('n', 'a')
    AND d.objid >= 16384
    AND d.refobjid >= 16384
    AND d.refclassid <> 'pg_namespace'::regclass
),
normalized AS (
  SELECT CASE WHEN rw.oid IS NOT NULL OR ad.oid IS NOT NULL THEN 'pg_class'::regclass::oid
              WHEN k.contypid <> 0 THEN 'pg_type'::regclass::oid
              ELSE r.classid END AS classid,
         CASE WHEN rw.oid IS NOT NULL THEN rw.ev_class
              WHEN ad.oid IS NOT NULL THEN ad.adrelid
              WHEN k.contypid <> 0 THEN k.contypid
              ELSE r.objid END AS objid,
         CASE WHEN rw.oid IS NOT NULL OR k.contypid <> 0 THEN 0
              WHEN ad.oid IS NOT NULL THEN ad.adnum
              ELSE r.objsubid END AS objsubid,
         CASE WHEN el.oid IS NOT NULL THEN 'pg_type'::regclass::oid ELSE r.refclassid END
           AS refclassid,
         coalesce(el.oid, r.refobjid) AS refobjid,
         CASE WHEN r.classid = 'pg_rewrite'::regclass AND rw.oid IS NULL THEN 0 ELSE r.refobjsubid END
           AS refobjsubid
  FROM raw r
  LEFT JOIN pg_rewrite rw ON r.classid = 'pg_rewrite'::regclass AND rw.oid = r.objid
                         AND rw.rulename = '_RETURN'
  LEFT JOIN pg_attrdef ad ON r.classid = 'pg_attrdef'::regclass AND ad.oid = r.objid
  LEFT JOIN pg_constraint k ON r.classid = 'pg_constraint'::regclass AND k.oid = r.objid
  LEFT JOIN pg_index x ON r.classid = 'pg_class'::regclass AND x.indexrelid = r.objid
  LEFT JOIN pg_type rt ON r.refclassid = 'pg_type'::regclass AND rt.oid = r.refobjid
  LEFT JOIN pg_type el ON el.oid = rt.typelem AND el.typarray = rt.oid
  WHERE k.contype IS DISTINCT FROM 'n'
    AND NOT coalesce(r.refclassid = 'pg_class'::regclass
                     AND (r.refobjid = k.conrelid AND k.contype IN ('p', 'u', 'f', 'c')
                          OR r.refobjid = x.indrelid AND x.indexprs IS NULL AND x.indpred IS NULL),
                     false)
)
SELECT d.classid, d.objid, d.objsubid, d.refclassid, d.refobjid, d.refobjsubid
FROM normalized d
WHERE NOT (d.classid = d.refclassid AND d.objid = d.refobjid AND d.objsubid = d.refobjsubid)
