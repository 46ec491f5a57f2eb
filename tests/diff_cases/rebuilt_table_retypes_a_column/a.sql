-- A table rebuilt (its columns change order) while a column changes to a type without an
-- assignment cast (bigint <-> uuid): the row copy converts it as ALTER ... TYPE ... USING would.
CREATE TABLE courses (id bigint PRIMARY KEY, title text, started_at bigint);
