-- pgschema's differ suite, testdata/diff/create_trigger/ cases add_trigger, add_trigger_constraint, add_trigger_old_table, merged (old.sql is a.sql, new.sql b.sql).

