-- Function attributes change: volatility, STRICT, SECURITY DEFINER, SET search_path, PARALLEL, COST, LEAKPROOF off.

CREATE FUNCTION public.lookup(k text) RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT k $$;
CREATE FUNCTION public.admin_op() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ BEGIN END; $$;
