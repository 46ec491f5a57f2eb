-- Column collations ("C" only, no ICU): column COLLATE, collated index, a collation object copied from "C", a collated domain.
CREATE COLLATION public.bytewise (provider = libc, locale = 'C');

CREATE DOMAIN public.code_text AS text COLLATE "C";

CREATE TABLE public.catalog_items (
    id integer PRIMARY KEY,
    sku text COLLATE "C" NOT NULL,
    title text NOT NULL,
    title_bytewise text COLLATE public.bytewise,
    code public.code_text,
    posix_name varchar(64) COLLATE "POSIX"
);

CREATE INDEX catalog_items_title_c_idx ON public.catalog_items (title COLLATE "C");
CREATE UNIQUE INDEX catalog_items_sku_idx ON public.catalog_items (sku);
