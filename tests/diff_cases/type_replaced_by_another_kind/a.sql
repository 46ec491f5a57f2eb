-- Types replaced by types of another kind under the same name: a CHECKed text domain used
-- by a column (with a default, under a view) becomes an enum; an unused enum becomes a
-- composite type.  The old type's name must be free before the new one is created.
CREATE DOMAIN public.order_status AS text CHECK (VALUE IN ('pending', 'paid', 'shipped'));
CREATE TYPE public.address AS ENUM ('home', 'work');
CREATE TABLE public.orders (
    id serial PRIMARY KEY,
    status public.order_status NOT NULL DEFAULT 'pending',
    placed_at timestamptz NOT NULL DEFAULT now()
);
CREATE VIEW public.open_orders AS
    SELECT id, status FROM public.orders WHERE status <> 'shipped';
