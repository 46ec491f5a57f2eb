-- Two views that read each other, a loop CREATE OR REPLACE VIEW makes (PostgREST's fixtures have the one-view loop).
CREATE TABLE projects (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE VIEW projects_a AS SELECT * FROM projects;
CREATE VIEW projects_b AS SELECT id, name FROM projects_a;
CREATE OR REPLACE VIEW projects_a AS SELECT id, name FROM projects_b;
ALTER VIEW projects_a ALTER COLUMN name SET DEFAULT 'unnamed';
COMMENT ON VIEW projects_a IS 'reads projects_b';

-- a view over the loop
CREATE VIEW project_names AS SELECT name FROM projects_b;
