-- A function a domain's default and CHECK call changes its return type (DROP FUNCTION and
-- CREATE): the domain keeps its columns; its default and CHECK go first and come back.
CREATE FUNCTION public.default_qty() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 5 $$;
CREATE DOMAIN public.quantity AS integer DEFAULT public.default_qty()
    CONSTRAINT quantity_cap CHECK (VALUE <= public.default_qty() * 100);
CREATE TABLE public.order_items (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    qty public.quantity NOT NULL
);
