-- A view that reads itself gets a column more, then goes back to reading its table.
CREATE TABLE projects (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE VIEW infinite_recursion AS SELECT *, 1 AS depth FROM projects;
