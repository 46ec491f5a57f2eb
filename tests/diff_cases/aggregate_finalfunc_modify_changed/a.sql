-- pg_dump's newavg aggregate (002_pg_dump.pl): FINALFUNC_MODIFY shareable against read_only, its initial condition and a comment.
CREATE AGGREGATE public.newavg (
    sfunc = int4_avg_accum,
    basetype = int4,
    stype = _int8,
    finalfunc = int8_avg,
    finalfunc_modify = shareable,
    initcond1 = '{0,0}'
);
COMMENT ON AGGREGATE public.newavg(int4) IS 'average, shareable state';
