-- min_version: 15
-- pgschema's differ suite, testdata/diff/create_view/ case issue_350_view_options (old.sql is a.sql, new.sql b.sql).

-- issue_350_view_options
CREATE TABLE public.employees (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100),
    email VARCHAR(100),
    department_id INTEGER
);

CREATE VIEW public.employee_names AS
SELECT id, name FROM public.employees;

CREATE VIEW public.employee_emails AS
SELECT id, email FROM public.employees;

CREATE VIEW public.employee_secure WITH (security_invoker = true) AS
SELECT id, name FROM public.employees WHERE id > 0;

CREATE MATERIALIZED VIEW public.employee_summary AS
SELECT department_id, COUNT(*) AS cnt FROM public.employees GROUP BY department_id;
