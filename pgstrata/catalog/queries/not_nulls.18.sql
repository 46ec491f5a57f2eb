-- NOT NULL constraints of table columns (PostgreSQL 18+: contype 'n', named, maybe NOT VALID
-- or NO INHERIT; local: declared on the table itself too, not only inherited).
SELECT k.conrelid AS relid,
       k.conkey[1] AS num,
       k.conname::text AS name,
       k.convalidated AS validated,
       k.connoinherit AS no_inherit,
       k.conislocal AS local,
       k.oid
FROM pg_constraint k
WHERE k.contype = 'n'
  AND k.conrelid <> 0
  AND k.connamespace = ANY (%(schemas)s::oid[])
