-- NOT NULL constraints of table columns: before PostgreSQL 18 they are no constraints.
SELECT NULL::oid AS relid, NULL::int2 AS num, NULL::text AS name,
       NULL::bool AS validated, NULL::bool AS no_inherit, NULL::bool AS local,
       NULL::oid AS oid
WHERE false
