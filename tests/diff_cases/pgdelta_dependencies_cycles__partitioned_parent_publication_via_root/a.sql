-- pg-delta corpus dependencies-cycles--partitioned-parent-publication-via-root: a plain table becomes partitioned (partitions in another schema, parent index) and published via its root.
CREATE SCHEMA s1;

CREATE TABLE s1.parent (
  id integer NOT NULL DEFAULT 1,
  created_on date NOT NULL DEFAULT '2024-06-01',
  payload text DEFAULT ''
);
