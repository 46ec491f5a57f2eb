-- A rule is added and another rule's action changes.

CREATE TABLE public.items (id integer PRIMARY KEY, deleted boolean NOT NULL DEFAULT false);
CREATE TABLE public.item_log (id integer, action text);
CREATE RULE items_log_insert AS ON INSERT TO public.items DO ALSO INSERT INTO public.item_log VALUES (NEW.id, 'created');
CREATE RULE items_soft_delete AS ON DELETE TO public.items DO INSTEAD UPDATE public.items SET deleted = true WHERE id = OLD.id;
