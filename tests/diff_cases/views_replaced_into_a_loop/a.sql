-- Two views over a table are replaced by two that read each other (and back).
CREATE TABLE projects (id integer PRIMARY KEY, name text NOT NULL);
CREATE VIEW projects_a AS SELECT id, name FROM projects;
CREATE VIEW projects_b AS SELECT id, name FROM projects;
