-- A view that reads itself gets a column more, then goes back to reading its table.
CREATE TABLE projects (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE VIEW infinite_recursion AS SELECT * FROM projects;
CREATE OR REPLACE VIEW infinite_recursion AS SELECT * FROM infinite_recursion;
