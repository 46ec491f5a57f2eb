-- pg-delta regression export-constraint-on-deferred-column: UNIQUE keys on a domain-typed column and on a generated column that reads it, added with the domain and the columns.
CREATE SCHEMA s;
CREATE TABLE s.organizations (
  id uuid PRIMARY KEY
);
