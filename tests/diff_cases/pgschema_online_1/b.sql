-- pgschema's differ suite, testdata/diff/online/ cases add_check_not_valid, add_not_null, issue_286_reserved_keyword_quoting, issue_313_camelcase_column_not_null, issue_386_check_no_inherit, issue_418_partitioned_parent_index, issue_508_include_columns_concurrent_index, issue_509_index_rebuild_dropped_column, merged (old.sql is a.sql, new.sql b.sql).

-- add_check_not_valid
CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    amount integer
);

ALTER TABLE public.orders ADD CONSTRAINT orders_amount_check CHECK (amount >= 0) NOT VALID;

-- add_not_null
CREATE TABLE public.users (
    id integer NOT NULL,
    username text NOT NULL,
    email text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

-- issue_286_reserved_keyword_quoting
CREATE TABLE public.tenant (
    id uuid NOT NULL,
    name text NOT NULL,
    CONSTRAINT tenant_pkey PRIMARY KEY (id)
);

CREATE TABLE public."order" (
    id integer NOT NULL,
    order_number text NOT NULL,
    tenant_id uuid CONSTRAINT "FK_order_tenant" REFERENCES public.tenant (id),
    CONSTRAINT order_pkey PRIMARY KEY (id)
);

CREATE INDEX "IDX_order_tenant_order_number" ON public."order" (tenant_id, order_number);

-- issue_313_camelcase_column_not_null
CREATE TABLE public."Planning" (
    id integer NOT NULL,
    "offersValidUntil" timestamp with time zone NOT NULL,
    CONSTRAINT "Planning_pkey" PRIMARY KEY (id)
);

-- issue_386_check_no_inherit
CREATE TABLE public.parent_base (
    id uuid NOT NULL,
    name text NOT NULL,
    CONSTRAINT parent_base_pkey PRIMARY KEY (id),
    CONSTRAINT no_direct_insert CHECK (false) NO INHERIT
);

-- issue_418_partitioned_parent_index
CREATE TABLE public.events (
    id bigint NOT NULL,
    occurred timestamp with time zone NOT NULL,
    payload jsonb
) PARTITION BY RANGE (occurred);

CREATE TABLE public.events_2026_04 PARTITION OF public.events
    FOR VALUES FROM ('2026-04-01') TO ('2026-05-01');

CREATE INDEX events_payload_idx ON public.events USING gin (payload);

-- issue_508_include_columns_concurrent_index
CREATE TABLE t (
    id integer NOT NULL,
    a integer,
    b integer,
    CONSTRAINT t_pk PRIMARY KEY (id)
);

CREATE INDEX t_cov ON t (a) INCLUDE (b);

-- issue_509_index_rebuild_dropped_column
CREATE TABLE public.notifications (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    user_id integer
);

CREATE INDEX idx_notifications_tenant_user ON public.notifications (tenant_id, user_id);
