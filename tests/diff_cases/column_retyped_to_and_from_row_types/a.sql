-- Columns retyped between a scalar and a row type (a composite type's, a table's): no cast
-- exists either way, so the values go through their text form (USING col::text::type).
CREATE TYPE money_amount AS (currency text, cents bigint);
CREATE TABLE tag (name text, color text);
CREATE TABLE invoices (id int PRIMARY KEY, total money_amount, label tag, amount bigint, marker int);
