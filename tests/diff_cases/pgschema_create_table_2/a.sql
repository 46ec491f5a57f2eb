-- pgschema's differ suite, testdata/diff/create_table/ case add_pk (old.sql is a.sql, new.sql b.sql).

-- add_pk
CREATE TABLE public.users (
    username text NOT NULL,
    email text
);

CREATE TABLE public.user_permissions (
    user_id integer NOT NULL,
    resource_id integer NOT NULL,
    permission_type text NOT NULL,
    granted_at timestamp with time zone
);

CREATE TABLE public.products (
    name text NOT NULL,
    price numeric(10,2)
);

CREATE TABLE public.orders (
    customer_id integer NOT NULL,
    order_date date DEFAULT CURRENT_DATE
);

CREATE TABLE public.sessions (
    user_id integer NOT NULL,
    created_at timestamp with time zone DEFAULT now()
);

CREATE TABLE public.categories (
    name text NOT NULL,
    description text
);
