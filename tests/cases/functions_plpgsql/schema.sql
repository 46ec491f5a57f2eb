-- plpgsql functions: RETURNS TABLE, SETOF, OUT/INOUT params, defaults, VARIADIC, SECURITY DEFINER with SET search_path = '', volatility, STRICT, PARALLEL SAFE, COST/ROWS, overloads.
CREATE TABLE public.items (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    price numeric(12,2) NOT NULL
);

CREATE FUNCTION public.items_cheaper_than(max_price numeric)
RETURNS TABLE (item_id bigint, item_name text, item_price numeric)
LANGUAGE plpgsql STABLE
AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name, i.price FROM public.items i WHERE i.price < max_price ORDER BY i.price;
END;
$$;

CREATE FUNCTION public.all_items() RETURNS SETOF public.items
    LANGUAGE plpgsql STABLE ROWS 500
    AS $$ BEGIN RETURN QUERY SELECT * FROM public.items; END; $$;

CREATE FUNCTION public.price_stats(OUT min_price numeric, OUT max_price numeric, OUT avg_price numeric)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    SELECT min(price), max(price), avg(price) INTO min_price, max_price, avg_price FROM public.items;
END;
$$;

CREATE FUNCTION public.bump(INOUT counter integer, step integer DEFAULT 1)
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ BEGIN counter := counter + step; END; $$;

CREATE FUNCTION public.greet(name text, greeting text DEFAULT 'Hello', punctuation text DEFAULT '!')
    RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 10
    AS $$ BEGIN RETURN greeting || ', ' || name || punctuation; END; $$;

CREATE FUNCTION public.sum_all(VARIADIC nums numeric[]) RETURNS numeric
    LANGUAGE plpgsql IMMUTABLE
    AS $$ DECLARE total numeric := 0; n numeric; BEGIN FOREACH n IN ARRAY nums LOOP total := total + n; END LOOP; RETURN total; END; $$;

CREATE FUNCTION public.delete_item(p_id bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    DELETE FROM public.items WHERE id = p_id;
END;
$$;

CREATE FUNCTION public.format_price(p numeric) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$ BEGIN RETURN to_char(p, 'FM999G999D00'); END; $$;
CREATE FUNCTION public.format_price(p numeric, currency text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$ BEGIN RETURN currency || ' ' || public.format_price(p); END; $$;
CREATE FUNCTION public.format_price(p integer) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$ BEGIN RETURN p::text || '.00'; END; $$;

CREATE FUNCTION public.random_item() RETURNS public.items
    LANGUAGE plpgsql VOLATILE CALLED ON NULL INPUT
    AS $$ DECLARE r public.items; BEGIN SELECT * INTO r FROM public.items ORDER BY random() LIMIT 1; RETURN r; END; $$;

CREATE FUNCTION public.slow_report() RETURNS bigint
    LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
    SET statement_timeout = '5s'
    SET work_mem = '64MB'
    AS $$ BEGIN RETURN (SELECT count(*) FROM public.items); END; $$;
