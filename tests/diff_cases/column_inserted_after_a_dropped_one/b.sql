CREATE TABLE products (id int PRIMARY KEY, sold int, stock int NOT NULL DEFAULT 0);
CREATE TABLE order_lines (product_id int REFERENCES products (id), qty int);
ALTER TABLE order_lines ENABLE ROW LEVEL SECURITY;
CREATE POLICY in_stock ON order_lines USING (EXISTS (SELECT 1 FROM products p WHERE p.id = product_id AND p.stock > 0));
