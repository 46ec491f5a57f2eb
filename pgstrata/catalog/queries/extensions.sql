-- Extensions created after initdb (plpgsql and other built-ins have oids below 16384).
SELECT x.oid,
       x.extname AS name,
       n.nspname AS schema,
       x.extversion AS version,
       x.extrelocatable AS relocatable
FROM pg_extension x
JOIN pg_namespace n ON n.oid = x.extnamespace
WHERE x.oid >= 16384
ORDER BY x.extname
