-- A column under a view that reads itself changes type.
CREATE TABLE projects (
    id integer PRIMARY KEY,
    name character varying(100) NOT NULL
);

CREATE VIEW infinite_recursion AS SELECT * FROM projects;
CREATE OR REPLACE VIEW infinite_recursion AS SELECT * FROM infinite_recursion;
