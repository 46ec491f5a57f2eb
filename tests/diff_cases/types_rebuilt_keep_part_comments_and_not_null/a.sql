-- A composite type and a domain rebuilt while a table uses them (an attribute and the base
-- type widened): the comments on the composite's attributes and on the domain's constraints
-- go with the old type and are made again, and the domain's NOT NULL keeps its default name
-- (PostgreSQL 17+ names it; the old domain's is renamed away first, not "d_not_null1").
CREATE TYPE public.money_amount AS (units int, currency text);
COMMENT ON COLUMN public.money_amount.units IS 'minor units';
CREATE DOMAIN public.quantity AS int NOT NULL CONSTRAINT quantity_positive CHECK (VALUE > 0);
COMMENT ON CONSTRAINT quantity_positive ON DOMAIN public.quantity IS 'at least one';
CREATE TABLE public.order_lines (id int PRIMARY KEY, price public.money_amount, qty public.quantity);
INSERT INTO public.order_lines VALUES (1, ROW(100, 'EUR'), 2);
