-- Objects never listed on their own: members of an extension ('e', with their extension), and
-- the routines and casts PostgreSQL creates together with a range type ('i').  The reader
-- passes each catalog's oids to the other queries as the parameter hidden_<catalog>; the
-- builder makes a member stand for its extension in dependencies.
SELECT d.classid,
       d.objid,
       CASE WHEN d.deptype = 'e' THEN d.refobjid END AS extension_oid
FROM pg_depend d
WHERE d.deptype = 'e'
   OR (d.deptype = 'i' AND d.classid IN ('pg_proc'::regclass, 'pg_cast'::regclass))
UNION ALL
-- A sequence owned by (identity, serial or OWNED BY) a member table that is not itself a
-- member: the extension made it with its table (pgmq 1.4.4 adds a queue's table, not its
-- identity sequence), so it is the extension's too.  Its grants (pgmq's default privileges
-- give pg_monitor SELECT) would otherwise name a sequence no plan or extract can make.
SELECT s.classid, s.objid, t.refobjid
FROM pg_depend s
JOIN pg_class c ON c.oid = s.objid AND c.relkind = 'S'
JOIN pg_depend t ON t.classid = 'pg_class'::regclass AND t.objid = s.refobjid AND t.objsubid = 0
                AND t.deptype = 'e'
WHERE s.classid = 'pg_class'::regclass AND s.refclassid = 'pg_class'::regclass
  AND s.refobjsubid > 0 AND s.deptype IN ('a', 'i')
  AND NOT EXISTS (SELECT FROM pg_depend m
                  WHERE m.classid = 'pg_class'::regclass AND m.objid = s.objid AND m.deptype = 'e')
