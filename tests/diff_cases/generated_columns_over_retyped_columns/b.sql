-- Columns retyped under generated columns in the middle of their table (a full-text tsvector
-- over a varchar widened to text, a total over a quantity widened to bigint): PostgreSQL refuses
-- to retype a column a generated column uses, and dropping and adding the generated column
-- again would move it last; the table is rebuilt with its rows.
CREATE TABLE public.articles (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title text NOT NULL,
    body text,
    fts tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(body, ''))) STORED,
    qty bigint NOT NULL DEFAULT 1,
    price numeric(10,2) NOT NULL DEFAULT 0,
    total numeric GENERATED ALWAYS AS (qty * price) STORED,
    note text
);
CREATE INDEX articles_fts ON public.articles USING gin (fts);
