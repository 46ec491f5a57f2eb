-- Function attributes change: volatility, STRICT, SECURITY DEFINER, SET search_path, PARALLEL, COST, LEAKPROOF off.

CREATE FUNCTION public.lookup(k text) RETURNS text LANGUAGE sql STABLE STRICT PARALLEL SAFE COST 5 AS $$ SELECT k $$;
CREATE FUNCTION public.admin_op() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' SET statement_timeout = '30s' AS $$ BEGIN END; $$;
