-- pg-delta regressions composite-attr-type-drop and composite-attribute-dataloss: composites a table's columns use release an enum the plan drops (text instead), lose an attribute, and change one's collation.
CREATE SCHEMA s;
CREATE TYPE s.usr AS ENUM ('a', 'b');
CREATE TYPE s.comp AS (f s.usr, g integer);
CREATE TYPE s.ct AS (a integer, b text);
CREATE TYPE s.labelled AS (a integer, b text COLLATE "C");
CREATE TABLE s.tbl (id integer PRIMARY KEY, p s.comp, c s.ct, l s.labelled);
