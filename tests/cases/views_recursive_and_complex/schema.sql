-- Complex view SQL: RECURSIVE VIEW, WITH RECURSIVE CTE, window functions, LATERAL, UNION ALL, VALUES, CASE and a jsonb aggregate.
CREATE TABLE public.categories (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES public.categories(id),
    name text NOT NULL
);

CREATE TABLE public.sales (
    id bigint PRIMARY KEY,
    category_id integer REFERENCES public.categories(id),
    amount numeric(12,2) NOT NULL,
    sold_at timestamptz NOT NULL
);

CREATE RECURSIVE VIEW public.category_paths (id, path, depth) AS
    SELECT id, ARRAY[name], 1 FROM public.categories WHERE parent_id IS NULL
    UNION ALL
    SELECT c.id, p.path || c.name, p.depth + 1
    FROM public.categories c JOIN category_paths p ON c.parent_id = p.id;

CREATE VIEW public.category_tree AS
    WITH RECURSIVE tree AS (
        SELECT id, parent_id, name, 0 AS level FROM public.categories WHERE parent_id IS NULL
        UNION ALL
        SELECT c.id, c.parent_id, c.name, t.level + 1 FROM public.categories c JOIN tree t ON t.id = c.parent_id
    )
    SELECT * FROM tree;

CREATE VIEW public.sales_ranked AS
    SELECT s.*,
           rank() OVER (PARTITION BY s.category_id ORDER BY s.amount DESC) AS rank_in_category,
           sum(s.amount) OVER w AS running_total,
           CASE WHEN s.amount > 1000 THEN 'large' WHEN s.amount > 100 THEN 'medium' ELSE 'small' END AS size
    FROM public.sales s
    WINDOW w AS (PARTITION BY s.category_id ORDER BY s.sold_at ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW);

CREATE VIEW public.category_summary AS
    SELECT c.id, c.name, last_sale.amount AS last_amount,
           (SELECT jsonb_agg(jsonb_build_object('id', s.id, 'amount', s.amount) ORDER BY s.id)
              FROM public.sales s WHERE s.category_id = c.id) AS sales_json
    FROM public.categories c
    LEFT JOIN LATERAL (
        SELECT amount FROM public.sales s WHERE s.category_id = c.id ORDER BY sold_at DESC LIMIT 1
    ) last_sale ON true;

CREATE VIEW public.statuses (code, label) AS
    SELECT v.code, v.label FROM (VALUES (1, 'open'), (2, 'closed')) AS v (code, label)
    UNION ALL
    SELECT 3, 'archived';
