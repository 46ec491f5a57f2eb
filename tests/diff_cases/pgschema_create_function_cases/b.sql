-- min_version: 14
-- pgschema create_function/*: functions added with every qualifier and kind of default, attributes and SET changed, signatures and parameter names changed, OUT/INOUT functions and grants dropped, SQL bodies reading tables under SET search_path.

-- ---- add_function
-- Complex function demonstrating all qualifiers
CREATE FUNCTION process_order(
    order_id integer,
    -- Simple numeric defaults
    discount_percent numeric DEFAULT 0,
    priority_level integer DEFAULT 1,
    -- String defaults
    note varchar DEFAULT '',
    status text DEFAULT 'pending',
    -- Boolean defaults
    apply_tax boolean DEFAULT true,
    is_priority boolean DEFAULT false,
    -- Interval default (reproduces issue #216)
    expiry_date date DEFAULT (CURRENT_DATE + INTERVAL '1 year')
)
RETURNS numeric
LANGUAGE plpgsql
VOLATILE
STRICT
SECURITY DEFINER
LEAKPROOF
PARALLEL RESTRICTED
SET search_path = pg_catalog, public
AS $$
DECLARE
    total numeric;
BEGIN
    SELECT amount INTO total FROM orders WHERE id = order_id;
    RETURN total - (total * discount_percent / 100);
END;
$$;

-- Function testing PARALLEL SAFE only
CREATE FUNCTION calculate_tax(amount numeric, rate numeric)
RETURNS numeric
LANGUAGE sql
IMMUTABLE
PARALLEL SAFE
AS $$
    SELECT amount * rate;
$$;

-- Function testing LEAKPROOF only
CREATE FUNCTION mask_sensitive_data(input text)
RETURNS text
LANGUAGE sql
STABLE
LEAKPROOF
AS $$
    SELECT '***' || substring(input from 4);
$$;

-- Function using BEGIN ATOMIC syntax (SQL-standard, PG14+)
CREATE FUNCTION add_numbers(a integer, b integer)
RETURNS integer
LANGUAGE SQL
BEGIN ATOMIC
    SELECT a + b;
END;

-- ---- alter_function_attributes
CREATE FUNCTION process_data(input text)
RETURNS text
LANGUAGE plpgsql
VOLATILE
PARALLEL SAFE
LEAKPROOF
AS $$
BEGIN
    RETURN upper(input);
END;
$$;

CREATE FUNCTION calculate_total(amount numeric, tax_rate numeric)
RETURNS numeric
LANGUAGE sql
STABLE
PARALLEL SAFE
LEAKPROOF
AS $$
    SELECT amount * (1 + tax_rate);
$$;

CREATE FUNCTION secure_lookup(id integer)
RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
BEGIN
    RETURN 'result';
END;
$$;

-- ---- alter_function_different_signature
CREATE FUNCTION place_order(
    customer_email text,
    priority boolean DEFAULT false
)
RETURNS TABLE(status text, processed_at timestamp)
LANGUAGE plpgsql
SECURITY DEFINER
STABLE
AS $$
BEGIN
    RETURN QUERY
    SELECT 'completed'::text, NOW()
    WHERE priority = true;
END;
$$;

-- ---- alter_function_same_signature
CREATE SCHEMA utils;

CREATE TYPE utils.priority_level AS ENUM ('low', 'medium', 'high', 'critical');

CREATE TYPE order_status AS ENUM ('pending', 'processing', 'completed', 'cancelled');

CREATE FUNCTION price_order(
    order_id integer,
    discount_percent numeric DEFAULT 0,
    status order_status DEFAULT 'pending',
    priority utils.priority_level DEFAULT 'medium'
)
RETURNS numeric
LANGUAGE plpgsql
SECURITY INVOKER
STABLE
AS $$
DECLARE
    base_price numeric;
    tax_rate numeric := 0.08;
BEGIN
    -- Different logic: calculate with tax instead of just discount
    SELECT price INTO base_price FROM products WHERE id = order_id;
    RETURN base_price * (1 - discount_percent / 100) * (1 + tax_rate);
END;
$$;

-- ---- drop_function
-- Empty schema (no functions)
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'api_role') THEN
        BEGIN
            CREATE ROLE api_role;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END $$;

-- ---- issue_326
CREATE OR REPLACE FUNCTION somefunction(
    new_name text
) RETURNS text
LANGUAGE sql
AS $$ SELECT new_name; $$;

CREATE OR REPLACE FUNCTION typefunction(
    param2 uuid
) RETURNS uuid
LANGUAGE sql
AS $$ SELECT param2; $$;

CREATE OR REPLACE FUNCTION returnfunction(
    param1 text
) RETURNS integer
LANGUAGE sql
AS $$ SELECT length(param1); $$;

-- ---- issue_329
CREATE TYPE item_status AS ENUM ('pending', 'active', 'done');

CREATE FUNCTION compute_status(x integer)
RETURNS item_status
LANGUAGE plpgsql
IMMUTABLE
AS $$
BEGIN
    IF x > 0 THEN RETURN 'active'::item_status; END IF;
    IF x < 0 THEN RETURN 'done'::item_status; END IF;
    RETURN 'pending'::item_status;
END;
$$;

CREATE TABLE demo (
    id integer PRIMARY KEY,
    status item_status GENERATED ALWAYS AS (compute_status(id)) STORED
);

-- ---- issue_335_search_path
CREATE TABLE person_accounts (
    id uuid DEFAULT gen_random_uuid(),
    first_name text,
    last_name text,
    email_address text NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    modified_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT person_accounts_pkey PRIMARY KEY (id),
    CONSTRAINT person_accounts_email_address_key UNIQUE (email_address)
);

-- SQL-language function with SET search_path = public, pg_temp that references a table:
-- PostgreSQL validates the body at creation with the function's own search_path.
CREATE OR REPLACE FUNCTION auth_lookup_account_by_email(input_email text)
RETURNS text
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
    SELECT
        pa.id::text AS person_account_id
    FROM person_accounts pa
    WHERE lower(pa.email_address) = lower(trim(input_email))
    LIMIT 1;
$$;

REVOKE ALL ON FUNCTION auth_lookup_account_by_email(text) FROM PUBLIC;

-- ---- issue_354_empty_search_path
CREATE TABLE public.test (
    id bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
    title text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT test_pkey PRIMARY KEY (id)
);

CREATE OR REPLACE FUNCTION create_hello(p_title text)
RETURNS void
LANGUAGE plpgsql
SECURITY INVOKER
SET search_path = ''
AS $$
BEGIN
  INSERT INTO public.test (title) VALUES (p_title);
END;
$$;

-- ---- issue_360_returns_table_custom_type
CREATE TYPE datetimeoffset AS (local_time timestamp without time zone, offset_minutes smallint);

CREATE TABLE account_groups (
    id uuid NOT NULL,
    company_id uuid NOT NULL,
    name varchar NOT NULL,
    created_at datetimeoffset NOT NULL,
    updated_at datetimeoffset NOT NULL
);

CREATE OR REPLACE FUNCTION get_account_group_by_id(
    p_group_id uuid
)
RETURNS TABLE(id uuid, company_id uuid, name varchar, created_at datetimeoffset, updated_at datetimeoffset)
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
AS $$
BEGIN
    RETURN QUERY
    SELECT
        ag.id,
        ag.company_id,
        ag.name,
        ag.created_at,
        ag.updated_at
    FROM account_groups ag
    WHERE ag.id = p_group_id;
END;
$$;

-- ---- issue_399_schema_qualified_body
CREATE TYPE public.role_type AS ENUM ('OWNER', 'MEMBER');

CREATE TABLE public.role_caps (
    role public.role_type NOT NULL,
    capability text NOT NULL,
    PRIMARY KEY (role, capability)
);

CREATE OR REPLACE FUNCTION public.role_has_cap(
    p_role public.role_type,
    p_cap text
) RETURNS boolean
LANGUAGE sql
STABLE
AS $$
    SELECT EXISTS (
        SELECT 1
        FROM public.role_caps rc
        WHERE rc.role = p_role
          AND rc.capability = p_cap
    );
$$;
