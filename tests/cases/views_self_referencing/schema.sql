-- A view replaced by one reading itself (PostgREST's fixtures: self_recursive_view, infinite_recursion).
CREATE TABLE projects (
    id integer PRIMARY KEY,
    name text NOT NULL,
    client_id integer
);

CREATE VIEW self_recursive_view AS TABLE projects;
CREATE OR REPLACE VIEW self_recursive_view AS TABLE self_recursive_view;

CREATE VIEW infinite_recursion AS SELECT * FROM projects;
CREATE OR REPLACE VIEW infinite_recursion AS SELECT * FROM infinite_recursion;

-- a view over the self-referencing one
CREATE VIEW recursion_names AS SELECT name FROM infinite_recursion;
