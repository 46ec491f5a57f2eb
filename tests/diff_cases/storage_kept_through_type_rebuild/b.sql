-- Columns with a non-default storage whose type is rebuilt (an enum losing a label, a composite's attribute retyped, a domain's base type widened): the conversion's ALTER COLUMN TYPE resets the storage, so the plan must set it again.
CREATE TYPE public.status AS ENUM ('draft', 'live');
CREATE TYPE public.point2 AS (x bigint, y integer);
CREATE DOMAIN public.short_name AS varchar(40);
CREATE TABLE public.items (
    id bigint PRIMARY KEY,
    history public.status[],
    pos public.point2,
    name public.short_name
);
ALTER TABLE public.items ALTER COLUMN history SET STORAGE EXTERNAL;
ALTER TABLE public.items ALTER COLUMN pos SET STORAGE MAIN;
ALTER TABLE public.items ALTER COLUMN name SET STORAGE EXTERNAL;
