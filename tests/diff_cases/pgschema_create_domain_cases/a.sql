-- pgschema create_domain/*: domains added, changed (default + check), dropped; a function-checked domain under a table.
-- change_domain / alter_domain
CREATE DOMAIN user_rating AS integer
  CHECK (VALUE >= 1 AND VALUE <= 5);

-- drop_domain
CREATE DOMAIN product_code AS varchar(20)
  NOT NULL
  CHECK (VALUE ~ '^[A-Z]{2}-\d{4}-[A-Z]{2}$');
