-- A table under a view that reads itself gains a column, which the view gains too.
CREATE TABLE projects (
    id integer PRIMARY KEY,
    name text NOT NULL,
    client_id integer
);

CREATE VIEW infinite_recursion AS SELECT * FROM projects;
CREATE OR REPLACE VIEW infinite_recursion AS SELECT * FROM infinite_recursion;
