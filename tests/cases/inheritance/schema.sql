-- Plain (non-partition) inheritance: inherited columns and checks, NO INHERIT check, local column merged with inherited, multiple inheritance,
-- a generated column a child also declares (PostgreSQL 13-15 refuse its expression spelled out on the child).
CREATE TABLE public.base_entity (
    id bigint NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    note text,
    CONSTRAINT base_entity_id_positive CHECK (id > 0),
    CONSTRAINT base_entity_only CHECK (note IS DISTINCT FROM 'base') NO INHERIT
);

CREATE TABLE public.auditable (
    modified_by text
);

CREATE TABLE public.cities (
    name text NOT NULL,
    population integer
) INHERITS (public.base_entity);

CREATE TABLE public.capitals (
    country char(2) NOT NULL
) INHERITS (public.cities);

CREATE TABLE public.documents (
    note text DEFAULT 'doc',
    body text
) INHERITS (public.base_entity, public.auditable);

CREATE INDEX cities_name_idx ON public.cities (name);

CREATE TABLE public.line_items (
    qty integer NOT NULL,
    price numeric(10,2) NOT NULL,
    total numeric GENERATED ALWAYS AS (qty * price) STORED
);

CREATE TABLE public.archived_line_items (
    qty integer NOT NULL,
    price numeric(10,2) NOT NULL,
    total numeric,
    archived_at timestamptz NOT NULL DEFAULT now()
) INHERITS (public.line_items);
