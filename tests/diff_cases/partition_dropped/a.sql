-- An old partition is dropped (data loss) from a list-partitioned table; the default partition stays.

CREATE TABLE public.orders (
    id bigint NOT NULL,
    region text NOT NULL,
    PRIMARY KEY (id, region)
) PARTITION BY LIST (region);
CREATE TABLE public.orders_eu PARTITION OF public.orders FOR VALUES IN ('eu');
CREATE TABLE public.orders_us PARTITION OF public.orders FOR VALUES IN ('us');
CREATE TABLE public.orders_other PARTITION OF public.orders DEFAULT;
