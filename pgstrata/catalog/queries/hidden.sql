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
