-- An enum losing a value while a range type over it is used by a column: both are rebuilt,
-- renamed out of the way dependents first (the range's constructors are named by its
-- subtype, which must still have its name then).
CREATE TYPE level AS ENUM ('low', 'mid', 'high', 'max');
CREATE TYPE level_range AS RANGE (subtype = level);
CREATE TABLE alerts (id int PRIMARY KEY, band level_range);
