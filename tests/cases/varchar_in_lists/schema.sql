-- IN lists over varchar columns, as apps write them: PostgreSQL stores col IN ('a', 'b') as
-- col::text = ANY (ARRAY['a'::varchar, 'b'::varchar]::text[]) and prints it so, but that text
-- reads back as another expression (each element converted, not the array): written back as
-- the IN list it was, a CHECK, partial index, policy, view, trigger WHEN and domain CHECK
-- come back the same.
CREATE DOMAIN public.plan_code AS varchar(10) CHECK (VALUE IN ('free', 'pro', 'team'));
CREATE TABLE public.items (
    id int PRIMARY KEY,
    status varchar(20) NOT NULL DEFAULT 'owned' CHECK (status IN ('owned', 'wishlisted', 'lent')),
    kind character varying CHECK (kind NOT IN ('deleted', 'späm')),
    plan public.plan_code,
    label text CHECK (label IN ('a', 'b'))
);
CREATE INDEX items_active ON public.items (id) WHERE status IN ('owned', 'lent');
ALTER TABLE public.items ENABLE ROW LEVEL SECURITY;
CREATE POLICY items_visible ON public.items FOR SELECT USING (status IN ('owned', 'lent') AND kind NOT IN ('hidden'));
CREATE VIEW public.owned_items AS SELECT id, status FROM public.items WHERE status IN ('owned', 'lent');
CREATE FUNCTION public.items_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER items_touch BEFORE UPDATE ON public.items FOR EACH ROW
    WHEN (NEW.status IN ('lent', 'wishlisted')) EXECUTE FUNCTION public.items_touch();
