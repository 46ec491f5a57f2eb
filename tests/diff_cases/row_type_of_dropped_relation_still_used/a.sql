-- Columns and composite attributes typed by a table's or a view's row type that the other
-- side drops, while they stay (retyped, or moved onto a new table's row type): the ALTER that
-- moves them off runs in the build phase, so the table and the view are dropped late, after it.
CREATE TABLE address (street text, city text);
CREATE VIEW geo AS SELECT 1.0::float8 AS lat, 2.0::float8 AS lon;
CREATE TABLE legacy_point (x int, y int);
CREATE TYPE shipment AS (sent_to address, at geo, spot legacy_point, id int);
CREATE TABLE orders (id int PRIMARY KEY, ship_to address, history address[], at geo);
