-- A view that reads itself is added (PostgREST's fixtures: CREATE OR REPLACE VIEW v AS TABLE v).
CREATE TABLE projects (
    id integer PRIMARY KEY,
    name text NOT NULL
);
