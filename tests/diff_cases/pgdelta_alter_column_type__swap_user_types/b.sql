-- pg-delta corpus alter-column-type--swap-user-types: a column retyped from one user domain to another, each present on one side only.
CREATE SCHEMA app;

CREATE DOMAIN app.code_new AS text;

CREATE TABLE app.items (
  id integer PRIMARY KEY,
  code app.code_new NOT NULL
);
