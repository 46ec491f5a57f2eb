-- Aggregates with everything CREATE AGGREGATE needs; function names are written unqualified
-- when visible through search_path, like format_type does for types.
SELECT p.oid,
       n.nspname AS schema,
       p.proname AS name,
       pg_get_function_identity_arguments(p.oid) AS identity_args,
       pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result,
       a.aggkind AS agg_kind,
       a.aggnumdirectargs AS direct_args,
       (SELECT CASE WHEN pg_function_is_visible(f.oid) THEN quote_ident(f.proname)
                    ELSE quote_ident(fn.nspname) || '.' || quote_ident(f.proname) END
        FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggtransfn) AS sfunc,
       format_type(a.aggtranstype, NULL) AS stype,
       a.aggtransspace AS sspace,
       (SELECT CASE WHEN pg_function_is_visible(f.oid) THEN quote_ident(f.proname)
                    ELSE quote_ident(fn.nspname) || '.' || quote_ident(f.proname) END
        FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggfinalfn) AS finalfunc,
       a.aggfinalextra AS finalfunc_extra,
       a.aggfinalmodify AS finalfunc_modify,
       (SELECT CASE WHEN pg_function_is_visible(f.oid) THEN quote_ident(f.proname)
                    ELSE quote_ident(fn.nspname) || '.' || quote_ident(f.proname) END
        FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggcombinefn) AS combinefunc,
       (SELECT CASE WHEN pg_function_is_visible(f.oid) THEN quote_ident(f.proname)
                    ELSE quote_ident(fn.nspname) || '.' || quote_ident(f.proname) END
        FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggserialfn) AS serialfunc,
       (SELECT CASE WHEN pg_function_is_visible(f.oid) THEN quote_ident(f.proname)
                    ELSE quote_ident(fn.nspname) || '.' || quote_ident(f.proname) END
        FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggdeserialfn) AS deserialfunc,
       a.agginitval AS initcond,
       (SELECT CASE WHEN pg_function_is_visible(f.oid) THEN quote_ident(f.proname)
                    ELSE quote_ident(fn.nspname) || '.' || quote_ident(f.proname) END
        FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggmtransfn) AS msfunc,
       (SELECT CASE WHEN pg_function_is_visible(f.oid) THEN quote_ident(f.proname)
                    ELSE quote_ident(fn.nspname) || '.' || quote_ident(f.proname) END
        FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggminvtransfn) AS minvfunc,
       CASE WHEN a.aggmtranstype <> 0 THEN format_type(a.aggmtranstype, NULL) END AS mstype,
       a.aggmtransspace AS msspace,
       (SELECT CASE WHEN pg_function_is_visible(f.oid) THEN quote_ident(f.proname)
                    ELSE quote_ident(fn.nspname) || '.' || quote_ident(f.proname) END
        FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggmfinalfn) AS mfinalfunc,
       a.aggmfinalextra AS mfinalfunc_extra,
       a.aggmfinalmodify AS mfinalfunc_modify,
       a.aggminitval AS minitcond,
       CASE WHEN a.aggsortop <> 0 THEN
         (SELECT 'OPERATOR(' || quote_ident(opn.nspname) || '.' || o.oprname || ')'
          FROM pg_operator o JOIN pg_namespace opn ON opn.oid = o.oprnamespace
          WHERE o.oid = a.aggsortop) END AS sortop,
       p.proparallel AS parallel
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_aggregate a ON a.aggfnoid = p.oid
WHERE p.prokind = 'a'
  AND p.pronamespace = ANY (%(schemas)s::oid[])
  AND p.oid <> ALL (%(hidden_pg_proc)s::oid[])
