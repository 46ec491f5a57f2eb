-- ALTER TABLE … SET SCHEMA moves the parent; its child stays in public, holding the NOT NULL names contacts_id_not_null and contacts_name_not_null there.
CREATE SCHEMA crm;
CREATE TABLE public.contacts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    city text
);
CREATE TABLE public.vip_contacts (
    tier smallint NOT NULL DEFAULT 1
) INHERITS (public.contacts);
ALTER TABLE public.contacts SET SCHEMA crm;
