-- pgschema comment/* and comment_on/*: comments added, changed and dropped on tables, columns (quoted, on a table named public), indexes, views, functions, procedures, aggregates, sequences (serial too) and triggers.
CREATE TABLE users (
    id SERIAL PRIMARY KEY,
    username VARCHAR(50) NOT NULL UNIQUE,
    email VARCHAR(255) NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

-- noop_column_comments
COMMENT ON COLUMN users.id IS 'Unique user identifier';
COMMENT ON COLUMN users.username IS 'Unique username for login';
COMMENT ON COLUMN users.email IS 'User email address';
COMMENT ON COLUMN users.created_at IS 'When the user was created';
COMMENT ON COLUMN users.updated_at IS 'When the user was last updated';

CREATE TABLE inventory (
    id SERIAL PRIMARY KEY,
    product_id INTEGER NOT NULL,
    quantity INTEGER NOT NULL
);

CREATE TABLE public (
    id SERIAL PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE public.ex (
    "ID" integer NOT NULL
);

CREATE TABLE public.employees (
    id serial PRIMARY KEY,
    name text NOT NULL,
    last_modified timestamp DEFAULT CURRENT_TIMESTAMP,
    department text,
    salary numeric,
    active boolean DEFAULT true
);

CREATE VIEW public.employee_view AS
SELECT 
    e.id,
    e.name,
    e.department,
    e.salary
FROM public.employees e
WHERE e.active = true;

CREATE OR REPLACE FUNCTION public.update_last_modified()
RETURNS trigger AS $$
BEGIN
    NEW.last_modified = CURRENT_TIMESTAMP;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER employees_last_modified_trigger
    BEFORE UPDATE ON public.employees
    FOR EACH ROW
    EXECUTE FUNCTION public.update_last_modified();

CREATE FUNCTION public.calculate_total(price numeric, quantity integer)
RETURNS numeric
LANGUAGE sql
AS $$SELECT price * quantity$$;

CREATE PROCEDURE public.process_order(IN order_id integer)
LANGUAGE sql
AS $$SELECT 1$$;

CREATE FUNCTION public._group_concat(text, text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 IS NULL THEN $2 ELSE $1 || ',' || $2 END $$;

CREATE AGGREGATE public.group_concat(text) (
    SFUNC = public._group_concat,
    STYPE = text
);

CREATE SEQUENCE public.user_id_seq;

CREATE SEQUENCE public.order_id_seq AS integer START WITH 1000;

CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    description TEXT,
    parent_id INTEGER REFERENCES categories(id),
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_categories_parent ON categories (parent_id);

COMMENT ON TABLE inventory IS NULL;

CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    content TEXT,
    author_id INTEGER NOT NULL,
    published_at TIMESTAMP,
    views INTEGER DEFAULT 0
);
COMMENT ON TABLE posts IS 'Blog posts and articles';
COMMENT ON COLUMN posts.id IS 'Unique post identifier';
COMMENT ON COLUMN posts.title IS 'Post title, max 200 characters';
COMMENT ON COLUMN posts.content IS 'Post body in markdown format';
COMMENT ON COLUMN posts.author_id IS 'Foreign key to users table';
COMMENT ON COLUMN posts.published_at IS 'Publication timestamp, NULL for drafts';
COMMENT ON COLUMN posts.views IS 'Number of post views';

CREATE INDEX idx_posts_author ON posts (author_id);
COMMENT ON INDEX idx_posts_author IS 'Index for finding posts by author';

CREATE INDEX idx_posts_published ON posts (published_at);
COMMENT ON INDEX idx_posts_published IS 'Partial index for published posts only';

COMMENT ON TABLE categories IS 'Hierarchical category system for posts';
COMMENT ON COLUMN categories.id IS 'Category unique identifier';
COMMENT ON COLUMN categories.name IS 'Category display name';
COMMENT ON COLUMN categories.description IS 'Optional category description';
COMMENT ON COLUMN categories.parent_id IS 'Parent category for hierarchical structure';
COMMENT ON COLUMN categories.created_at IS 'Category creation timestamp';
COMMENT ON INDEX idx_categories_parent IS 'Index for hierarchical category queries';

-- issue_502: a table named like its schema
COMMENT ON COLUMN public.public.id IS 'Primary key';
COMMENT ON COLUMN public.public.name IS 'Display name';

COMMENT ON COLUMN ex."ID" IS 'Primary identifier';

COMMENT ON VIEW public.employee_view IS 'Shows all active employees';

COMMENT ON TRIGGER employees_last_modified_trigger ON public.employees IS 'Updates last_modified timestamp to current time on every row update';

COMMENT ON FUNCTION public.calculate_total(numeric, integer) IS 'Calculates total price from unit price and quantity';

COMMENT ON PROCEDURE public.process_order(integer) IS 'Processes a single order by ID';

COMMENT ON AGGREGATE public.group_concat(text) IS 'Concatenates text values with commas';

COMMENT ON SEQUENCE public.user_id_seq IS 'Primary key sequence for the users table';

COMMENT ON SEQUENCE public.order_id_seq IS 'Primary key sequence for the orders table, starts at 1000';

-- add_serial_sequence_comment_on_create
CREATE TABLE public.orders (
    order_id bigserial PRIMARY KEY,
    customer_id integer NOT NULL,
    total numeric(10,2) NOT NULL
);

COMMENT ON SEQUENCE public.orders_order_id_seq IS 'Primary key sequence for the orders table';
