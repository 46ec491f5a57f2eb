-- ALTER TABLE … SET SCHEMA moves the table but leaves its statistics object in public; the child left in public goes last, after the copy made under the statistics' name.
CREATE SCHEMA crm;
CREATE TABLE public.contacts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    city text,
    zip varchar(10)
);
CREATE STATISTICS public.contacts_city_zip (dependencies) ON city, zip FROM public.contacts;
CREATE TABLE public.vip_contacts (tier smallint NOT NULL DEFAULT 1) INHERITS (public.contacts);
ALTER TABLE public.contacts SET SCHEMA crm;
