-- A view that reads itself is added (PostgREST's fixtures: CREATE OR REPLACE VIEW v AS TABLE v).
CREATE TABLE projects (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE VIEW infinite_recursion AS SELECT * FROM projects;
CREATE OR REPLACE VIEW infinite_recursion AS SELECT * FROM infinite_recursion;
ALTER VIEW infinite_recursion ALTER COLUMN name SET DEFAULT 'unnamed';
CREATE VIEW recursion_names AS SELECT name FROM infinite_recursion;
