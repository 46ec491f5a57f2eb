-- A value added to IN lists over varchar columns (a CHECK, a partial index, a policy, a view):
-- PostgreSQL prints them as converted arrays that read back as other expressions, so the plan
-- writes them as the IN lists they were, and a second comparison finds nothing left.
CREATE TABLE public.items (
    id int PRIMARY KEY,
    status varchar(20) NOT NULL DEFAULT 'owned' CHECK (status IN ('owned', 'wishlisted')),
    kind varchar(10)
);
CREATE INDEX items_active ON public.items (id) WHERE status IN ('owned');
ALTER TABLE public.items ENABLE ROW LEVEL SECURITY;
CREATE POLICY items_visible ON public.items FOR SELECT USING (kind NOT IN ('hidden'));
CREATE VIEW public.owned_items AS SELECT id, status FROM public.items WHERE status IN ('owned');
INSERT INTO public.items VALUES (1, 'owned', 'book');
