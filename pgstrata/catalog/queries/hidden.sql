-- Objects never listed on their own: members of an extension ('e', with their extension), and
-- the routines and casts PostgreSQL creates together with a range type ('i').  The reader
-- passes each catalog's oids to the other queries as the parameter hidden_<catalog>; the
-- builder makes a member stand for its extension in dependencies.
WITH hidden AS MATERIALIZED (
  SELECT d.classid,
         d.objid,
         CASE WHEN d.deptype = 'e' THEN d.refobjid END AS extension_oid
  FROM pg_depend d
  WHERE d.deptype = 'e'
     OR (d.deptype = 'i' AND d.classid IN ('pg_proc'::regclass, 'pg_cast'::regclass))
)
SELECT classid, objid, extension_oid FROM hidden
UNION ALL
-- A sequence owned by (identity, serial or OWNED BY) a member table that is not itself a
-- member: the extension made it with its table (pgmq 1.4.4 adds a queue's table, not its
-- identity sequence), so it is the extension's too.  Its grants (pgmq's default privileges
-- give pg_monitor SELECT) would otherwise name a sequence no plan or extract can make.
-- (From the members, through pg_depend's index on the referenced object: one scan of it.)
SELECT s.classid, s.objid, t.extension_oid
FROM hidden t
JOIN pg_depend s ON s.refclassid = 'pg_class'::regclass AND s.refobjid = t.objid
                AND s.refobjsubid > 0 AND s.classid = 'pg_class'::regclass AND s.deptype IN ('a', 'i')
JOIN pg_class c ON c.oid = s.objid AND c.relkind = 'S'
WHERE t.classid = 'pg_class'::regclass AND t.extension_oid IS NOT NULL
  AND NOT EXISTS (SELECT FROM hidden m WHERE m.classid = 'pg_class'::regclass AND m.objid = s.objid)
