-- A column the other side has in the middle, where this side once dropped one: the numbers of
-- the columns after it are equal on both sides, yet the table is rebuilt (column order), so a
-- foreign key onto its key and a policy of another table reading it are made again - also
-- when compare leaves unchanged tables out.
CREATE TABLE products (id int PRIMARY KEY, sold int, stock int NOT NULL DEFAULT 0);
ALTER TABLE products DROP COLUMN sold;
CREATE TABLE order_lines (product_id int REFERENCES products (id), qty int);
ALTER TABLE order_lines ENABLE ROW LEVEL SECURITY;
CREATE POLICY in_stock ON order_lines USING (EXISTS (SELECT 1 FROM products p WHERE p.id = product_id AND p.stock > 0));
