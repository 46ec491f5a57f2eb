-- min_version: 15
-- Primary and unique constraints: composite PK, multi-column unique, NULLS NOT DISTINCT, INCLUDE, deferrable unique, PK USING INDEX.
CREATE TABLE public.memberships (
    org_id uuid NOT NULL,
    user_id uuid NOT NULL,
    role text NOT NULL DEFAULT 'member',
    CONSTRAINT memberships_pkey PRIMARY KEY (org_id, user_id)
);

CREATE TABLE public.products (
    id bigint NOT NULL,
    sku text NOT NULL,
    vendor_id integer,
    external_ref text,
    position integer NOT NULL,
    list_id integer NOT NULL,
    CONSTRAINT products_sku_key UNIQUE (sku),
    CONSTRAINT products_vendor_ref_key UNIQUE NULLS NOT DISTINCT (vendor_id, external_ref),
    CONSTRAINT products_list_position_key UNIQUE (list_id, position) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT products_sku_covering UNIQUE (sku, vendor_id) INCLUDE (external_ref)
);

CREATE UNIQUE INDEX products_id_idx ON public.products (id);
ALTER TABLE public.products ADD CONSTRAINT products_pkey PRIMARY KEY USING INDEX products_id_idx;

CREATE TABLE public.settings (
    key text PRIMARY KEY WITH (fillfactor = 70),
    value jsonb
);
