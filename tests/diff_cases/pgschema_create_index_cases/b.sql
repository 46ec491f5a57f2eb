-- min_version: 15
-- pgschema create_index/*: indexes added (opclass, dotted name, NULLS NOT DISTINCT, INCLUDE, reloptions, partial, expression), NULLS order changed, IN-list predicate respelled, dropped.
CREATE TABLE public.users (
    id INTEGER PRIMARY KEY,
    email VARCHAR(255) NOT NULL,
    name VARCHAR(100)
);

CREATE TABLE public.orders (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    status varchar(50),
    created_at timestamp DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE public.events (
    id INTEGER PRIMARY KEY,
    occurred_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE findings (
    id uuid PRIMARY KEY,
    org_id uuid NOT NULL,
    status varchar(20) NOT NULL,
    impact_score int
);

CREATE TABLE public.products (
    id integer NOT NULL,
    name text,
    price numeric(10,2),
    category_id integer
);

CREATE TABLE public.people (
    id integer NOT NULL,
    first_name text,
    last_name text,
    email text,
    phone text,
    created_at timestamp with time zone,
    status text
);

CREATE TABLE public.employees (
    id integer NOT NULL,
    department_id integer,
    salary numeric(10,2),
    hire_date date,
    name text
);

CREATE TABLE customer_orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    order_date date NOT NULL,
    total_amount numeric(12,2),
    status text NOT NULL
);

CREATE TABLE user_profiles (
    id integer PRIMARY KEY,
    email text NOT NULL,
    organization_id integer NOT NULL,
    deleted_at timestamptz
);

CREATE INDEX idx_users_name ON public.users (name);
CREATE INDEX idx_users_email ON public.users (email varchar_pattern_ops);
CREATE INDEX idx_users_id ON public.users (id);
-- Test index name with dots (issue #196)
CREATE INDEX "public.idx_users" ON public.users (email, name);
-- Test NULLS NOT DISTINCT (issue #355)
CREATE UNIQUE INDEX idx_users_email_unique ON public.users (email) NULLS NOT DISTINCT;
-- Test INCLUDE columns (issue #385)
CREATE INDEX idx_users_email_include ON public.users (email) INCLUDE (name);

-- btree index with fillfactor storage parameter
CREATE INDEX idx_orders_user_id ON public.orders (user_id) WITH (fillfactor=90);

-- partial index with fillfactor and deduplicate_items
CREATE INDEX idx_orders_status_active ON public.orders (user_id, created_at) WITH (fillfactor=100, deduplicate_items=true) WHERE status IS NOT NULL;

-- alter_index_null_order
CREATE INDEX IF NOT EXISTS idx_events_desc ON events (occurred_at DESC NULLS LAST);

-- issue_473: the same partial index in the form pg_get_indexdef renders
CREATE INDEX idx_finding_actionable
    ON findings (org_id, status, impact_score DESC)
    WHERE (status)::text = ANY ((ARRAY['new'::character varying, 'acknowledged'::character varying])::text[]);

CREATE INDEX idx_people_fullname_search ON public.people (lower(first_name), lower(last_name), lower(email));

CREATE INDEX idx_dept_salary_hire ON public.employees USING btree (department_id, salary DESC, hire_date);

CREATE INDEX idx_active_orders_customer_date ON customer_orders (customer_id, order_date DESC, total_amount) WHERE status IN ('pending', 'processing', 'confirmed');

CREATE UNIQUE INDEX idx_unique_email_org ON user_profiles (email, organization_id) WHERE (deleted_at IS NULL);

CREATE INDEX idx_people_email_status ON people (email, status) WHERE (status = 'active');
