-- min_version: 15
-- Row comparisons "(a, b, c) IS DISTINCT FROM (…)" wherever an expression is kept: stored as ORs nested to the left, which read back flat unless written as the row comparison.
CREATE TYPE public.order_status AS ENUM ('pending', 'paid', 'shipped');

-- a domain whose CHECK and DEFAULT compare rows
CREATE DOMAIN public.version_triple AS integer[]
    DEFAULT ARRAY[0, 0, 0]
    CHECK ((VALUE[1], VALUE[2], VALUE[3]) IS DISTINCT FROM (NULL::integer, NULL::integer, NULL::integer));

CREATE TABLE public.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id uuid NOT NULL,
    status public.order_status NOT NULL DEFAULT 'pending',
    shipping_address text,
    billing_address text,
    amount numeric(12, 2) NOT NULL,
    paid_amount numeric(12, 2),
    -- a generated column and a default over a row comparison
    needs_review boolean GENERATED ALWAYS AS ((amount, paid_amount, status) IS DISTINCT FROM (paid_amount, amount, 'paid'::public.order_status)) STORED,
    is_fresh boolean DEFAULT ((current_setting('app.region', true), current_user::text, 1) IS DISTINCT FROM (NULL, NULL, 2)),
    -- a row comparison of two inside a larger OR, and a negated one
    CONSTRAINT orders_addresses_check CHECK ((shipping_address, billing_address) IS DISTINCT FROM (NULL, NULL) OR status = 'pending'),
    CONSTRAINT orders_amounts_check CHECK ((amount, paid_amount, status) IS NOT DISTINCT FROM (amount, paid_amount, status))
);

CREATE TABLE public.order_changes (
    order_id bigint NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX orders_unsettled_idx ON public.orders (customer_id)
    WHERE (amount, paid_amount, status) IS DISTINCT FROM (paid_amount, amount, 'paid');
CREATE INDEX orders_changed_idx ON public.orders (((shipping_address, billing_address, status) IS DISTINCT FROM (billing_address, shipping_address, 'paid')));

CREATE VIEW public.unsettled_orders AS
    SELECT id, customer_id FROM public.orders
    WHERE (amount, paid_amount, status) IS DISTINCT FROM (paid_amount, amount, 'paid');

CREATE MATERIALIZED VIEW public.unsettled_order_counts AS
    SELECT customer_id, count(*) AS n FROM public.orders
    WHERE (amount, paid_amount, status) IS DISTINCT FROM (paid_amount, amount, 'paid')
    GROUP BY customer_id;

ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_unsettled ON public.orders FOR UPDATE
    USING ((amount, paid_amount, status) IS DISTINCT FROM (paid_amount, amount, 'paid'))
    WITH CHECK ((amount, paid_amount, status) IS DISTINCT FROM (NULL, NULL, 'shipped'));

CREATE RULE orders_log_change AS ON UPDATE TO public.orders
    WHERE (old.status, old.amount, old.paid_amount) IS DISTINCT FROM (new.status, new.amount, new.paid_amount)
    DO ALSO INSERT INTO public.order_changes (order_id) VALUES (new.id);

CREATE FUNCTION public.touch_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NEW;
END;
$$;

CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW
    WHEN ((OLD.status, OLD.amount, OLD.paid_amount, OLD.shipping_address) IS DISTINCT FROM (NEW.status, NEW.amount, NEW.paid_amount, NEW.shipping_address))
    EXECUTE FUNCTION public.touch_order();

CREATE FUNCTION public.is_settled(o public.orders) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    RETURN (o.amount, o.paid_amount, o.status) IS NOT DISTINCT FROM (o.paid_amount, o.amount, 'paid');

-- a publication's row filter (built-in types only, as row filters require)
CREATE PUBLICATION unsettled_orders_pub FOR TABLE public.orders
    WHERE ((amount, paid_amount, customer_id) IS DISTINCT FROM (paid_amount, amount, NULL));
