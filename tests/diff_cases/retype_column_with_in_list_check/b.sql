-- A varchar column with an IN-list CHECK and partial index is widened; PostgreSQL would rebuild both from their printed text as other expressions.
CREATE TABLE orders (
    id int PRIMARY KEY,
    status varchar(20) CONSTRAINT orders_status_check CHECK (status IN ('new', 'paid')),
    note varchar(10)
);
CREATE INDEX orders_open ON orders (id) WHERE status NOT IN ('paid');
CREATE VIEW open_orders AS SELECT id, status FROM orders;
