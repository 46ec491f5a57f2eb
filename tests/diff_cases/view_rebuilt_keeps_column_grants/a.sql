-- A view is rebuilt because a column under it becomes generated; its column-level grant and
-- column comment come back with it.
DO $$ BEGIN CREATE ROLE app_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    qty integer NOT NULL,
    price integer NOT NULL,
    total integer
);
CREATE VIEW public.order_totals AS SELECT id, total FROM public.orders;
GRANT SELECT (id) ON public.order_totals TO app_reader;
COMMENT ON COLUMN public.order_totals.total IS 'qty times price';
