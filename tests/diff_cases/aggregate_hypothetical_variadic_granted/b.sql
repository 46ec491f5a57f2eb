-- A hypothetical-set aggregate over VARIADIC "any" granted to a role: GRANT … ON FUNCTION names its one argument once.
DO $$ BEGIN CREATE ROLE reporting NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

-- rank() over a hypothetical row, as a named aggregate of the app
CREATE AGGREGATE score_rank(VARIADIC "any" ORDER BY VARIADIC "any") (
    SFUNC = ordered_set_transition_multi,
    STYPE = internal,
    FINALFUNC = rank_final,
    FINALFUNC_EXTRA,
    HYPOTHETICAL
);

REVOKE EXECUTE ON FUNCTION score_rank(VARIADIC "any") FROM PUBLIC;
GRANT EXECUTE ON FUNCTION score_rank(VARIADIC "any") TO reporting;
