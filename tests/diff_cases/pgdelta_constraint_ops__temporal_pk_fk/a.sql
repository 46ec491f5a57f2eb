-- min_version: 18
-- pg-delta corpus constraint-ops--temporal-pk-fk: tables with a temporal primary key (WITHOUT OVERLAPS) and a temporal foreign key (PERIOD), created and dropped.
CREATE EXTENSION btree_gist;
CREATE SCHEMA test_schema;
