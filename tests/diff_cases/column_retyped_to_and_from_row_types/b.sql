CREATE TYPE money_amount AS (currency text, cents bigint);
CREATE TABLE tag (name text, color text);
CREATE TABLE invoices (id int PRIMARY KEY, total bigint, label int, amount money_amount, marker tag);
