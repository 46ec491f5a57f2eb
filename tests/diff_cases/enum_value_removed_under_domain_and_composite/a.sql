-- An enum value is removed while a domain over the enum, a composite type attribute and a table column of that domain use it.

CREATE TYPE public.color AS ENUM ('red', 'green', 'blue', 'purple');
CREATE DOMAIN public.primary_color AS public.color CHECK (VALUE <> 'green');
CREATE TYPE public.pixel AS (x integer, y integer, c public.color);
CREATE TABLE public.canvas (
    id integer PRIMARY KEY,
    background public.primary_color DEFAULT 'red',
    first_pixel public.pixel
);
