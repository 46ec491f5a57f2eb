CREATE TABLE tickets (code text PRIMARY KEY);
CREATE TABLE orders (id bigint, note text);
