-- ALTER TABLE … RENAME keeps the names of the parent's key, index, CHECK and identity sequence (contacts_pkey, contacts_id_seq …), which the plan makes again while the child moves over.
CREATE TABLE public.contacts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL CHECK (name <> ''),
    city text
);
CREATE INDEX contacts_city_idx ON public.contacts (city);
CREATE TABLE public.vip_contacts (
    tier smallint NOT NULL DEFAULT 1
) INHERITS (public.contacts);
ALTER TABLE public.contacts RENAME TO people;
