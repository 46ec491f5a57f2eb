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

CREATE INDEX idx_events_desc ON public.events (occurred_at DESC);

-- Partial index written with a natural IN-list predicate.
CREATE INDEX idx_finding_actionable
    ON findings (org_id, status, impact_score DESC)
    WHERE status IN ('new', 'acknowledged');

CREATE INDEX idx_products_category_price ON public.products USING btree (category_id, price DESC);
