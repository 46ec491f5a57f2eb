-- Range types (PostgreSQL 13: no multirange types).
SELECT t.oid,
       NULL::oid AS multirange_oid,
       n.nspname AS schema,
       t.typname AS name,
       format_type(r.rngsubtype, NULL) AS subtype,
       CASE WHEN opc.opcdefault THEN NULL
            WHEN pg_opclass_is_visible(opc.oid) THEN quote_ident(opc.opcname)
            ELSE quote_ident(ocn.nspname) || '.' || quote_ident(opc.opcname) END AS subtype_opclass,
       CASE WHEN co.oid IS NULL THEN NULL
            WHEN pg_collation_is_visible(co.oid) THEN quote_ident(co.collname)
            ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END AS collation,
       CASE WHEN fc.oid IS NULL THEN NULL
            WHEN pg_function_is_visible(fc.oid) THEN quote_ident(fc.proname)
            ELSE quote_ident(fcn.nspname) || '.' || quote_ident(fc.proname) END AS canonical,
       CASE WHEN fd.oid IS NULL THEN NULL
            WHEN pg_function_is_visible(fd.oid) THEN quote_ident(fd.proname)
            ELSE quote_ident(fdn.nspname) || '.' || quote_ident(fd.proname) END AS subtype_diff,
       NULL::text AS multirange_name,
       -- the constructors PostgreSQL made with the range (an expression calling one depends
       -- on the function, which is the range's)
       ARRAY(SELECT d.objid FROM pg_depend d
             WHERE d.classid = 'pg_proc'::regclass AND d.refclassid = 'pg_type'::regclass
               AND d.refobjid = t.oid AND d.deptype = 'i'
             ORDER BY d.objid) AS constructor_oids,
       NULL::name AS multirange_schema
FROM pg_range r
JOIN pg_type t ON t.oid = r.rngtypid
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_type st ON st.oid = r.rngsubtype
JOIN pg_opclass opc ON opc.oid = r.rngsubopc
JOIN pg_namespace ocn ON ocn.oid = opc.opcnamespace
LEFT JOIN pg_collation co ON co.oid = r.rngcollation AND r.rngcollation <> st.typcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_proc fc ON fc.oid = r.rngcanonical
LEFT JOIN pg_namespace fcn ON fcn.oid = fc.pronamespace
LEFT JOIN pg_proc fd ON fd.oid = r.rngsubdiff
LEFT JOIN pg_namespace fdn ON fdn.oid = fd.pronamespace
WHERE t.typnamespace = ANY (%(schemas)s::oid[])
  AND t.oid <> ALL (%(hidden_pg_type)s::oid[])
