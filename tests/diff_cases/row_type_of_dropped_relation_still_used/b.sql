CREATE TABLE point2 (x int, y int);
CREATE TYPE shipment AS (sent_to text, at text, spot point2, id int);
CREATE TABLE orders (id int PRIMARY KEY, ship_to text, history text[], at text);
