-- Objects owned by other roles than the one applying the plan, dropped and made again by it (a view over a retyped column, a materialized view, a table rebuilt with its rows): they keep their owners.
DO $$ BEGIN CREATE ROLE reporting NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE app_owner NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.orders (id bigint PRIMARY KEY, amount integer NOT NULL, note text);
CREATE VIEW public.order_totals AS SELECT sum(amount) AS total FROM public.orders;
ALTER VIEW public.order_totals OWNER TO reporting;
GRANT SELECT ON public.order_totals TO PUBLIC;
CREATE MATERIALIZED VIEW public.order_counts AS SELECT count(*) AS n, max(amount) AS top FROM public.orders;
ALTER MATERIALIZED VIEW public.order_counts OWNER TO reporting;
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text, at timestamptz);
ALTER TABLE public.events OWNER TO app_owner;
GRANT SELECT ON public.events TO reporting;
