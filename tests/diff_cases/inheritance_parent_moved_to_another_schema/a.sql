-- A parent table with an inheritance child, both in public, before the app moves the parent to its own schema.
CREATE SCHEMA crm;
CREATE TABLE public.contacts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    city text
);
CREATE TABLE public.vip_contacts (
    tier smallint NOT NULL DEFAULT 1
) INHERITS (public.contacts);
