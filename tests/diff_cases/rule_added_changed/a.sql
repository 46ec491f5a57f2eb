-- A rule is added and another rule's action changes.

CREATE TABLE public.items (id integer PRIMARY KEY, deleted boolean NOT NULL DEFAULT false);
CREATE TABLE public.item_log (id integer, action text);
CREATE RULE items_log_insert AS ON INSERT TO public.items DO ALSO INSERT INTO public.item_log VALUES (NEW.id, 'insert');
