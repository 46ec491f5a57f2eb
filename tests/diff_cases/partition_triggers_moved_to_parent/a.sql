-- Triggers each partition had on its own (and a table that becomes a partition) replaced by
-- one trigger of the same name on the partitioned parent: creating the parent's clones it
-- onto every partition, which PostgreSQL refuses while a partition's own trigger of that name
-- is still there ("trigger ... already exists"), so the partitions' own go first.
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TABLE public.orders (id int NOT NULL, region text NOT NULL, updated_at timestamptz) PARTITION BY LIST (region);
CREATE TABLE public.orders_eu PARTITION OF public.orders FOR VALUES IN ('eu');
CREATE TABLE public.orders_us PARTITION OF public.orders FOR VALUES IN ('us');
CREATE TABLE public.orders_ap (id int NOT NULL, region text NOT NULL, updated_at timestamptz);
CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders_eu FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders_us FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders_ap FOR EACH ROW EXECUTE FUNCTION public.touch();
