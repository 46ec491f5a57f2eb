-- pg-delta trigger-operations (note on SELECT t.*): a table gains a column, so a view written with i.* gets it before its own later column.

CREATE TABLE public.category (id integer PRIMARY KEY, name text);
CREATE TABLE public.item (id uuid PRIMARY KEY, title text, status text, category_id integer, new_col text);
CREATE VIEW public.item_extended AS
    SELECT i.*, c.name AS category_name FROM public.item i JOIN public.category c ON c.id = i.category_id;
