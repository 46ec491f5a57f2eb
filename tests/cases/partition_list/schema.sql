-- List partitioning by region with multi-value lists, NULL in a list, a default partition and a unique index on the parent.
CREATE TABLE public.customers (
    id bigint NOT NULL,
    region text NOT NULL,
    name text NOT NULL,
    email text,
    PRIMARY KEY (id, region)
) PARTITION BY LIST (region);

CREATE TABLE public.customers_americas PARTITION OF public.customers FOR VALUES IN ('us', 'ca', 'mx', 'br');
CREATE TABLE public.customers_europe PARTITION OF public.customers FOR VALUES IN ('de', 'fr', 'uk');
CREATE TABLE public.customers_other PARTITION OF public.customers DEFAULT;

CREATE UNIQUE INDEX customers_email_region_idx ON public.customers (email, region);

CREATE TABLE public.events (
    kind text,
    payload jsonb
) PARTITION BY LIST (kind);
CREATE TABLE public.events_unknown PARTITION OF public.events FOR VALUES IN (NULL);
CREATE TABLE public.events_clicks PARTITION OF public.events FOR VALUES IN ('click');
