-- pgstrata stand-in for pg_cron 1.6: schema cron with the real tables and functions.
-- Jobs are recorded in cron.job (so migrations that schedule them apply, and tests can
-- assert on them) but nothing runs them: there is no background worker.
-- Install it like the real one: CREATE EXTENSION pg_cron [WITH SCHEMA pg_catalog|extensions].

\echo Use "CREATE EXTENSION pg_cron" to load this file. \quit

CREATE SCHEMA cron;

CREATE SEQUENCE cron.jobid_seq;
CREATE TABLE cron.job (
    jobid bigint PRIMARY KEY DEFAULT pg_catalog.nextval('cron.jobid_seq'),
    schedule text NOT NULL,
    command text NOT NULL,
    nodename text NOT NULL DEFAULT 'localhost',
    nodeport integer NOT NULL DEFAULT coalesce(pg_catalog.inet_server_port(), 5432),
    database text NOT NULL DEFAULT pg_catalog.current_database(),
    username text NOT NULL DEFAULT CURRENT_USER,
    active boolean NOT NULL DEFAULT true,
    jobname text
);
ALTER SEQUENCE cron.jobid_seq OWNED BY cron.job.jobid;
CREATE UNIQUE INDEX jobname_username_uniq ON cron.job (jobname, username);
ALTER TABLE cron.job ENABLE ROW LEVEL SECURITY;
CREATE POLICY cron_job_policy ON cron.job USING (username = CURRENT_USER);

CREATE SEQUENCE cron.runid_seq;
CREATE TABLE cron.job_run_details (
    jobid bigint,
    runid bigint PRIMARY KEY DEFAULT pg_catalog.nextval('cron.runid_seq'),
    job_pid integer,
    database text,
    username text,
    command text,
    status text,
    return_message text,
    start_time timestamptz,
    end_time timestamptz
);
ALTER SEQUENCE cron.runid_seq OWNED BY cron.job_run_details.runid;
ALTER TABLE cron.job_run_details ENABLE ROW LEVEL SECURITY;
CREATE POLICY cron_job_run_details_policy ON cron.job_run_details USING (username = CURRENT_USER);

-- Five cron fields, '[1-59] seconds', or an @macro: what pg_cron accepts.
CREATE FUNCTION cron._check_schedule(schedule text) RETURNS text
LANGUAGE plpgsql IMMUTABLE
AS $$
BEGIN
    IF schedule IS NULL
       OR NOT (schedule ~ '^\s*([0-9*/,\-LW#A-Za-z$]+\s+){4}[0-9*/,\-LW#A-Za-z$]+\s*$'
               OR schedule ~* '^\s*[1-5]?[0-9]\s+seconds?\s*$'
               OR schedule ~* '^\s*@(yearly|annually|monthly|weekly|daily|hourly|reboot)\s*$') THEN
        RAISE EXCEPTION 'invalid schedule: %', schedule USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN schedule;
END
$$;

CREATE FUNCTION cron.schedule(schedule text, command text) RETURNS bigint
LANGUAGE sql VOLATILE
AS $$
    INSERT INTO cron.job (schedule, command) VALUES (cron._check_schedule(schedule), command)
    RETURNING jobid
$$;

CREATE FUNCTION cron.schedule(job_name text, schedule text, command text) RETURNS bigint
LANGUAGE sql VOLATILE
AS $$
    INSERT INTO cron.job (jobname, schedule, command)
    VALUES (job_name, cron._check_schedule(schedule), command)
    ON CONFLICT (jobname, username) DO UPDATE
        SET schedule = excluded.schedule, command = excluded.command
    RETURNING jobid
$$;

CREATE FUNCTION cron.schedule_in_database(job_name text, schedule text, command text, database text,
                                          username text DEFAULT NULL, active boolean DEFAULT true)
RETURNS bigint
LANGUAGE sql VOLATILE
AS $$
    INSERT INTO cron.job (jobname, schedule, command, database, username, active)
    VALUES (job_name, cron._check_schedule(schedule), command, database,
            coalesce(username, CURRENT_USER), active)
    ON CONFLICT (jobname, username) DO UPDATE
        SET schedule = excluded.schedule, command = excluded.command,
            database = excluded.database, active = excluded.active
    RETURNING jobid
$$;

CREATE FUNCTION cron.unschedule(job_id bigint) RETURNS boolean
LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
    DELETE FROM cron.job WHERE jobid = job_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'could not find valid entry for job %', job_id;
    END IF;
    RETURN true;
END
$$;

CREATE FUNCTION cron.unschedule(job_name text) RETURNS boolean
LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
    DELETE FROM cron.job WHERE jobname = job_name AND username = CURRENT_USER;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'could not find valid entry for job ''%''', job_name;
    END IF;
    RETURN true;
END
$$;

CREATE FUNCTION cron.alter_job(job_id bigint, schedule text DEFAULT NULL, command text DEFAULT NULL,
                               database text DEFAULT NULL, username text DEFAULT NULL,
                               active boolean DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
    UPDATE cron.job AS j
       SET schedule = CASE WHEN alter_job.schedule IS NULL THEN j.schedule
                           ELSE cron._check_schedule(alter_job.schedule) END,
           command = coalesce(alter_job.command, j.command),
           database = coalesce(alter_job.database, j.database),
           username = coalesce(alter_job.username, j.username),
           active = coalesce(alter_job.active, j.active)
     WHERE j.jobid = job_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'could not find valid entry for job %', job_id;
    END IF;
END
$$;

DO $grants$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'postgres') THEN
        GRANT USAGE ON SCHEMA cron TO postgres WITH GRANT OPTION;
        GRANT ALL ON ALL TABLES IN SCHEMA cron TO postgres WITH GRANT OPTION;
        GRANT ALL ON ALL SEQUENCES IN SCHEMA cron TO postgres WITH GRANT OPTION;
    END IF;
END
$grants$;
