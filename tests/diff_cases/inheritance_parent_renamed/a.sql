-- A parent table with an inheritance child, before the app renames the parent.
CREATE TABLE public.contacts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL CHECK (name <> ''),
    city text
);
CREATE INDEX contacts_city_idx ON public.contacts (city);
CREATE TABLE public.vip_contacts (
    tier smallint NOT NULL DEFAULT 1
) INHERITS (public.contacts);
