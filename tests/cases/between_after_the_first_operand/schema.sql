-- min_version: 15
-- BETWEEN (an AND) after the first operand of an AND, NOT BETWEEN (an OR) after the first of an OR, wherever an expression is kept: printed flat, each read back as one AND (OR) of all.
CREATE SCHEMA app_auth;
CREATE FUNCTION app_auth.uid() RETURNS uuid LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;

-- a domain's CHECK: a percentage that is whole and in range
CREATE DOMAIN public.percentage AS numeric(5, 2)
    CHECK (VALUE = trunc(VALUE) AND VALUE BETWEEN 0 AND 100);

CREATE TABLE public.products (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    price numeric(12, 2) NOT NULL,
    discount public.percentage NOT NULL DEFAULT 0,
    stock integer NOT NULL DEFAULT 0,
    -- a default and a generated column holding such a group
    featured boolean DEFAULT (extract(month FROM now()) = 12 AND extract(day FROM now()) BETWEEN 1 AND 24),
    on_sale boolean GENERATED ALWAYS AS (stock > 0 AND discount BETWEEN 1 AND 99) STORED,
    CONSTRAINT products_stock_check CHECK (stock >= 0 AND (discount = 0 OR (price > 1 AND discount BETWEEN 1 AND 50 AND stock BETWEEN 0 AND 1000))),
    CONSTRAINT products_price_check CHECK (price >= 0 AND discount BETWEEN 0 AND 100),
    CONSTRAINT products_name_check CHECK (name <> '' OR length(name) NOT BETWEEN 1 AND 200 OR stock NOT BETWEEN -1000 AND 1000000)
);

CREATE TABLE public.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id uuid NOT NULL,
    product_id bigint NOT NULL REFERENCES public.products (id),
    amount integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

CREATE TABLE public.order_audit (
    order_id bigint NOT NULL,
    noted_at timestamptz NOT NULL DEFAULT now()
);

-- a partial index and an index expression
CREATE INDEX orders_small_live_idx ON public.orders (user_id)
    WHERE deleted_at IS NULL AND amount BETWEEN 1 AND 10;
CREATE INDEX orders_bulk_idx ON public.orders ((deleted_at IS NULL AND amount BETWEEN 100 AND 1000));

-- a view and a materialized view of the last 30 days
CREATE VIEW public.my_recent_orders AS
    SELECT o.id, o.product_id, o.amount, o.created_at
    FROM public.orders o
    WHERE o.user_id = app_auth.uid() AND o.created_at BETWEEN now() - interval '30 days' AND now();

CREATE MATERIALIZED VIEW public.monthly_small_orders AS
    SELECT o.product_id, count(*) AS n
    FROM public.orders o JOIN public.products p ON p.id = o.product_id
    WHERE o.deleted_at IS NULL AND o.amount BETWEEN 1 AND 10 AND p.price NOT BETWEEN 0 AND 1
    GROUP BY o.product_id;

-- policies
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_select_recent ON public.orders FOR SELECT
    USING (user_id = (SELECT app_auth.uid()) AND created_at BETWEEN now() - interval '90 days' AND now());
CREATE POLICY orders_insert_own ON public.orders FOR INSERT
    WITH CHECK (user_id = (SELECT app_auth.uid()) AND amount BETWEEN 1 AND 100);

-- a trigger's WHEN and a rule's WHERE
CREATE FUNCTION public.note_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public.order_audit (order_id) VALUES (NEW.id);
    RETURN NEW;
END;
$$;
CREATE TRIGGER orders_odd_change AFTER UPDATE ON public.orders FOR EACH ROW
    WHEN (OLD.deleted_at IS DISTINCT FROM NEW.deleted_at OR NEW.amount NOT BETWEEN 1 AND 1000)
    EXECUTE FUNCTION public.note_order();
CREATE TRIGGER orders_large_change AFTER UPDATE ON public.orders FOR EACH ROW
    WHEN (OLD.amount IS DISTINCT FROM NEW.amount AND NEW.amount BETWEEN 100 AND 1000)
    EXECUTE FUNCTION public.note_order();

CREATE RULE orders_log_bulk AS ON INSERT TO public.orders
    WHERE new.deleted_at IS NULL AND new.amount BETWEEN 100 AND 1000
    DO ALSO INSERT INTO public.order_audit (order_id) VALUES (new.id);

-- a SQL-standard function body and a publication's row filter
CREATE FUNCTION public.is_discounted(p public.products) RETURNS boolean
    LANGUAGE sql STABLE
    RETURN p.stock > 0 AND p.discount BETWEEN 1 AND 99;
CREATE PUBLICATION small_orders_pub FOR TABLE public.orders
    WHERE (deleted_at IS NULL AND amount BETWEEN 1 AND 10);
