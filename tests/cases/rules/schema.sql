-- Rules: DO ALSO logging rule on a table, DO INSTEAD NOTHING with a condition, an INSTEAD rule making a view updatable.
CREATE TABLE public.products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(12,2) NOT NULL,
    locked boolean NOT NULL DEFAULT false
);

CREATE TABLE public.price_changes (
    product_id integer NOT NULL,
    old_price numeric(12,2),
    new_price numeric(12,2),
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE RULE log_price_change AS ON UPDATE TO public.products
    WHERE OLD.price IS DISTINCT FROM NEW.price
    DO ALSO INSERT INTO public.price_changes (product_id, old_price, new_price) VALUES (OLD.id, OLD.price, NEW.price);

CREATE RULE protect_locked AS ON DELETE TO public.products
    WHERE OLD.locked
    DO INSTEAD NOTHING;

CREATE VIEW public.product_names AS SELECT id, name FROM public.products;

CREATE RULE product_names_update AS ON UPDATE TO public.product_names
    DO INSTEAD UPDATE public.products SET name = NEW.name WHERE id = OLD.id;
