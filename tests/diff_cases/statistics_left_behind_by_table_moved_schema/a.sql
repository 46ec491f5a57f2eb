-- A table with extended statistics, before the app moves it to its own schema.
CREATE SCHEMA crm;
CREATE TABLE public.contacts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    city text,
    zip varchar(10)
);
CREATE STATISTICS public.contacts_city_zip (dependencies) ON city, zip FROM public.contacts;
CREATE TABLE public.vip_contacts (tier smallint NOT NULL DEFAULT 1) INHERITS (public.contacts);
