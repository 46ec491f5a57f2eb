-- A store's range checks change: BETWEEN after the first operand of an AND in a CHECK, a partial index, a view and a policy (printed flat, each read back as another tree and was planned again on every compare).
CREATE SCHEMA app_auth;
CREATE FUNCTION app_auth.uid() RETURNS uuid LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;

CREATE TABLE public.products (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    price numeric(12, 2) NOT NULL,
    discount integer NOT NULL DEFAULT 0,
    CONSTRAINT products_price_check CHECK (price >= 0 AND discount BETWEEN 0 AND 100)
);

CREATE TABLE public.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id uuid NOT NULL,
    amount integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE INDEX orders_small_live_idx ON public.orders (user_id)
    WHERE deleted_at IS NULL AND amount BETWEEN 1 AND 10;

CREATE VIEW public.my_recent_orders AS
    SELECT o.id, o.amount, o.created_at
    FROM public.orders o
    WHERE o.user_id = app_auth.uid() AND o.created_at BETWEEN now() - interval '30 days' AND now();

ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_select_recent ON public.orders FOR SELECT
    USING (user_id = (SELECT app_auth.uid()) AND created_at BETWEEN now() - interval '90 days' AND now());
