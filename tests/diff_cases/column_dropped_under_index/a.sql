-- A column is dropped that is used by an index, a multi-column unique constraint and a check.

CREATE TABLE public.products (
    id bigint PRIMARY KEY,
    sku text NOT NULL,
    vendor text,
    legacy_code text,
    CONSTRAINT products_vendor_legacy_key UNIQUE (vendor, legacy_code),
    CONSTRAINT products_legacy_code_check CHECK (legacy_code <> '')
);
CREATE INDEX products_legacy_idx ON public.products (lower(legacy_code));
