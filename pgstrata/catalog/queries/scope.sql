-- Every schema of the database, with what decides whether it is inspected, and the role
-- inspecting (the role objects created through this connection would get default
-- privileges for).
SELECT n.oid,
       n.nspname AS name,
       pg_get_userbyid(n.nspowner) AS owner,
       EXISTS (SELECT FROM pg_depend e
               WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid AND e.deptype = 'e')
         AS extension_owned,
       current_user::text AS role
FROM pg_namespace n
ORDER BY n.nspname
