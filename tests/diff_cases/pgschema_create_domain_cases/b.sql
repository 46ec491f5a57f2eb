-- pgschema create_domain/*: domains added, changed (default + check), dropped; a function-checked domain under a table.
-- change_domain / alter_domain
CREATE DOMAIN user_rating AS integer
  DEFAULT 3
  CHECK (VALUE >= 1 AND VALUE <= 10);

-- add_domain
CREATE DOMAIN email_address AS text 
  DEFAULT 'example@acme.com'
  NOT NULL
  CHECK (VALUE ~ '^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$');

-- domain_function_check_dependency / domain_function_table_dependency
CREATE OR REPLACE FUNCTION validate_custom_id(val text)
RETURNS boolean
LANGUAGE plpgsql
IMMUTABLE
AS $$
BEGIN
  RETURN val IS NOT NULL AND val LIKE 'id_%' AND length(val) >= 5;
END
$$;

CREATE DOMAIN custom_id AS text
  CHECK (validate_custom_id(VALUE));

CREATE TABLE example (
    id custom_id NOT NULL PRIMARY KEY
);
