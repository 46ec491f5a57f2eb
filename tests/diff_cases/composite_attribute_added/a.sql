-- A composite type gains an attribute (ALTER TYPE ... ADD ATTRIBUTE) while a table column uses it.

CREATE TYPE public.address AS (street text, city text);
CREATE TABLE public.customers (id integer PRIMARY KEY, addr public.address);
