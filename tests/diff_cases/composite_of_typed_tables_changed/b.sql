-- A composite type that typed tables are made of (CREATE TABLE ... OF type) gains, loses and
-- retypes attributes: only ALTER TYPE ... CASCADE may change the tables' columns (PostgreSQL
-- refuses ALTER TABLE ADD/DROP/ALTER COLUMN on a typed table, and ALTER TYPE without CASCADE).
CREATE TYPE public.address AS (street text, zip bigint, country text);
CREATE TABLE public.shipping_addresses OF public.address (PRIMARY KEY (street));
CREATE TABLE public.billing_addresses OF public.address;
