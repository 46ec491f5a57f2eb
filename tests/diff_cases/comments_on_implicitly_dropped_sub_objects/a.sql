-- Comments on objects dropped with their parent (partition clones, inherited CHECK, domain CHECK) are not reset after they are gone.
CREATE TABLE public.r (id int PRIMARY KEY);
CREATE TABLE public.p (k int, rid int) PARTITION BY LIST (k);
CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES IN (1);
ALTER TABLE public.p ADD CONSTRAINT p_pkey PRIMARY KEY (k);
ALTER TABLE public.p ADD CONSTRAINT p_fk FOREIGN KEY (rid) REFERENCES public.r;
ALTER TABLE public.p ADD CONSTRAINT p_ck CHECK (k > 0);
CREATE FUNCTION public.tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER trg BEFORE INSERT ON public.p FOR EACH ROW EXECUTE FUNCTION public.tf();
COMMENT ON INDEX public.p1_pkey IS 'clone of p_pkey''s index';
COMMENT ON CONSTRAINT p1_pkey ON public.p1 IS 'clone of p_pkey';
COMMENT ON CONSTRAINT p_fk ON public.p1 IS 'clone of p_fk';
COMMENT ON CONSTRAINT p_ck ON public.p1 IS 'inherited p_ck';
COMMENT ON TRIGGER trg ON public.p1 IS 'clone of trg';
CREATE TABLE public.ip (k int CONSTRAINT ip_ck CHECK (k > 0));
CREATE TABLE public.ic () INHERITS (public.ip);
COMMENT ON CONSTRAINT ip_ck ON public.ic IS 'inherited ip_ck';
CREATE DOMAIN public.d AS int CONSTRAINT d_pos CHECK (VALUE > 0);
COMMENT ON CONSTRAINT d_pos ON DOMAIN public.d IS 'domain check';
