-- pgschema's differ suite, testdata/diff/privilege/ case issue_324_modify_grant_to_column (old.sql is a.sql, new.sql b.sql).

DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['app_user'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

-- issue_324_modify_grant_to_column
CREATE TABLE sometable (somecolumn text);

GRANT SELECT, UPDATE ON sometable TO app_user;
