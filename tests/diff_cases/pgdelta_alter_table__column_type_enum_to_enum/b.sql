-- pg-delta corpus alter-table--column-type-enum-to-enum: a scalar and an array column retyped to a differently named enum (through text).
CREATE SCHEMA test_schema;

CREATE TYPE test_schema.widget_status AS ENUM ('draft', 'active');

CREATE TABLE test_schema.widgets (
  id integer PRIMARY KEY,
  status test_schema.widget_status NOT NULL,
  history test_schema.widget_status[]
);
