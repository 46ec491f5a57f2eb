-- Generated columns that stop calling a function the other side drops: the column's change
-- (DROP EXPRESSION, a new expression) is a build-phase change, so the function goes late.
CREATE FUNCTION cents(amount numeric) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT (amount * 100)::bigint $$;
CREATE TABLE prices (id int PRIMARY KEY, amount numeric NOT NULL,
                     amount_cents bigint GENERATED ALWAYS AS (cents(amount)) STORED,
                     doubled bigint GENERATED ALWAYS AS (cents(amount) * 2) STORED);
