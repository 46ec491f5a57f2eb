-- pgschema's differ suite, testdata/diff/create_table/ cases alter_defaults, issue_499_partition_column_overrides, merged (old.sql is a.sql, new.sql b.sql).

-- alter_defaults
CREATE TABLE public.users (
    id integer NOT NULL,
    name text DEFAULT 'Unknown'::text,
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP
);

-- issue_499_partition_column_overrides
CREATE TABLE public.orders (
    id bigint NOT NULL,
    region text NOT NULL,
    priority integer DEFAULT 0,
    notes text
) PARTITION BY LIST (region);

CREATE TABLE public.orders_us PARTITION OF public.orders (
    priority DEFAULT 10,
    notes NOT NULL
) FOR VALUES IN ('us');

CREATE TABLE public.orders_eu PARTITION OF public.orders
    FOR VALUES IN ('eu');
