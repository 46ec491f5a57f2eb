-- Comments on objects created after initdb, and on schemas (public has oid 2200); which of
-- them belong to the model is decided by the objects found.  Column comments carry the name.
SELECT d.classoid AS classid,
       d.objoid AS objid,
       d.objsubid,
       a.attname::text AS column_name,
       d.description AS text
FROM pg_description d
LEFT JOIN pg_attribute a ON d.classoid = 'pg_class'::regclass AND d.objsubid > 0
                        AND a.attrelid = d.objoid AND a.attnum = d.objsubid
WHERE d.objoid >= 16384 OR d.classoid = 'pg_namespace'::regclass
