-- A function whose parameters are only renamed (same types: the same function to PostgreSQL)
-- while a column default, a policy and a view use it: CREATE OR REPLACE
-- refuses to rename a parameter ("cannot change name of input parameter"), so the function is
-- dropped and made again with everything that uses it around it, not created beside itself.
CREATE FUNCTION public.gen_code(k int) RETURNS text LANGUAGE sql AS $$ SELECT 'c' || k $$;
CREATE FUNCTION public.visible(who text, OUT ok boolean) LANGUAGE sql STABLE AS $$ SELECT who = current_user $$;
CREATE TABLE public.items (
    id int PRIMARY KEY,
    code text DEFAULT public.gen_code(1),
    name text,
    owner_name text
);
ALTER TABLE public.items ENABLE ROW LEVEL SECURITY;
CREATE POLICY items_owner ON public.items USING (public.visible(owner_name));
CREATE VIEW public.item_codes AS SELECT id, public.gen_code(id) AS code FROM public.items;
GRANT EXECUTE ON FUNCTION public.gen_code(int) TO PUBLIC;
