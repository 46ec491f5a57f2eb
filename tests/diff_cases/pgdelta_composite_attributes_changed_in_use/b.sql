-- pg-delta regressions composite-attr-type-drop and composite-attribute-dataloss: composites a table's columns use release an enum the plan drops (text instead), lose an attribute, and change one's collation.
CREATE SCHEMA s;
CREATE TYPE s.comp AS (f text, g integer);
CREATE TYPE s.ct AS (a integer);
CREATE TYPE s.labelled AS (a integer, b text COLLATE "POSIX");
CREATE TABLE s.tbl (id integer PRIMARY KEY, p s.comp, c s.ct, l s.labelled);
