-- pgschema alter_column/extension_owned_type_no_diff: ltree moves to another schema under a column of its type.
CREATE SCHEMA ext_schema_a;
CREATE EXTENSION ltree SCHEMA ext_schema_a;

CREATE TABLE documents (
    id bigint PRIMARY KEY,
    path ext_schema_a.ltree
);
