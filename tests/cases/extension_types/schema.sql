-- Columns of extension types: hstore, ltree (+gist index), cube, seg, isn (isbn/ean13), intarray gist index, tablefunc/tsm_system_rows present.
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE EXTENSION IF NOT EXISTS ltree;
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS seg;
CREATE EXTENSION IF NOT EXISTS isn;
CREATE EXTENSION IF NOT EXISTS intarray;
CREATE EXTENSION IF NOT EXISTS tablefunc;
CREATE EXTENSION IF NOT EXISTS tsm_system_rows;

CREATE TABLE public.catalog (
    id integer PRIMARY KEY,
    attributes hstore DEFAULT ''::hstore,
    path ltree NOT NULL,
    dims cube,
    tolerance seg,
    isbn isbn13,
    barcode ean13,
    tag_ids integer[],
    lat double precision,
    lng double precision
);

CREATE INDEX catalog_path_idx ON public.catalog USING gist (path);
CREATE INDEX catalog_attrs_idx ON public.catalog USING gin (attributes);
CREATE INDEX catalog_tags_idx ON public.catalog USING gist (tag_ids gist__int_ops);
CREATE INDEX catalog_dims_idx ON public.catalog USING gist (dims);
