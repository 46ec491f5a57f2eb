-- A second view closes a loop: the first is replaced by one reading the second, which reads the first.
CREATE TABLE projects (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE VIEW projects_a AS SELECT id, name FROM projects;
CREATE VIEW projects_b AS SELECT id, name FROM projects_a;
CREATE OR REPLACE VIEW projects_a AS SELECT id, name FROM projects_b;
