-- min_version: 17
-- pgschema's differ suite, testdata/diff/create_table/ case issue_606_partitioned_multi_column_pk (old.sql is a.sql, new.sql b.sql).

