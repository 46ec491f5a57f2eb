-- A composite type's attribute renamed (not the last one) while a column uses the type: RENAME ATTRIBUTE keeps the order and the values.

CREATE TYPE public.postal_address AS (line1 text, town text, postcode text);
CREATE TABLE public.companies (id int PRIMARY KEY, billing_address public.postal_address);
