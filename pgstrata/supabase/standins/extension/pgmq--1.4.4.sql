-- pgstrata stand-in for pgmq 1.4.4 (what Supabase Queues runs): schema pgmq, table pgmq.meta,
-- the types and functions of the real extension with its signatures.  pgmq is itself plain
-- SQL/PL/pgSQL, so queues behave as the real ones: pgmq.create() makes pgmq.q_<name> and
-- pgmq.a_<name> (same columns, identity, keys and indexes) and adds them to the extension,
-- so they are never the application's tables.  What is not there: partitioned queues
-- (create_partitioned, convert_archive_partitioned raise: they need pg_partman).  One change:
-- the queue's identity sequence (q_<name>_msg_id_seq) joins the extension too, as from pgmq
-- 1.5 on (pgmq#352).  1.4.4 leaves it out, and pg_dump then writes the GRANT the schema's
-- default privileges gave it (SELECT to pg_monitor) for a sequence it never creates.
-- CREATE EXTENSION makes schema pgmq (the control file's schema), as for the real one.

\echo Use "CREATE EXTENSION pgmq" to load this file. \quit

CREATE TABLE pgmq.meta (
    queue_name varchar UNIQUE NOT NULL,
    is_partitioned boolean NOT NULL,
    is_unlogged boolean NOT NULL,
    created_at timestamptz DEFAULT pg_catalog.now() NOT NULL
);

GRANT USAGE ON SCHEMA pgmq TO pg_monitor;
GRANT SELECT ON ALL TABLES IN SCHEMA pgmq TO pg_monitor;
GRANT SELECT ON ALL SEQUENCES IN SCHEMA pgmq TO pg_monitor;
ALTER DEFAULT PRIVILEGES IN SCHEMA pgmq GRANT SELECT ON TABLES TO pg_monitor;
ALTER DEFAULT PRIVILEGES IN SCHEMA pgmq GRANT SELECT ON SEQUENCES TO pg_monitor;

CREATE TYPE pgmq.message_record AS (
    msg_id bigint,
    read_ct integer,
    enqueued_at timestamptz,
    vt timestamptz,
    message jsonb
);

CREATE TYPE pgmq.queue_record AS (
    queue_name varchar,
    is_partitioned boolean,
    is_unlogged boolean,
    created_at timestamptz
);

CREATE TYPE pgmq.metrics_result AS (
    queue_name text,
    queue_length bigint,
    newest_msg_age_sec int,
    oldest_msg_age_sec int,
    total_messages bigint,
    scrape_time timestamptz
);

-- <prefix>_<queue name>, lower-cased; the characters the real one refuses are refused.
CREATE FUNCTION pgmq.format_table_name(queue_name text, prefix text) RETURNS text
LANGUAGE plpgsql
AS $$
BEGIN
    IF queue_name ~ '\$|;|--|''' THEN
        RAISE EXCEPTION 'queue name contains invalid characters: $, ;, --, or \''';
    END IF;
    RETURN pg_catalog.lower(prefix || '_' || queue_name);
END
$$;

CREATE FUNCTION pgmq.validate_queue_name(queue_name text) RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    IF pg_catalog.length(queue_name) >= 48 THEN
        RAISE EXCEPTION 'queue name is too long, maximum length is 48 characters';
    END IF;
END
$$;

-- Whether the relation pgmq.<table_name> (a table or a sequence) is a member of this extension.
CREATE FUNCTION pgmq._belongs_to_pgmq(table_name text) RETURNS boolean
LANGUAGE sql
AS $$
    SELECT EXISTS (
        SELECT FROM pg_catalog.pg_depend AS d
        JOIN pg_catalog.pg_class AS c ON c.oid = d.objid
        JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
        JOIN pg_catalog.pg_extension AS e ON e.oid = d.refobjid
        WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
          AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
          AND d.deptype = 'e' AND e.extname = 'pgmq'
          AND n.nspname = 'pgmq' AND c.relname = table_name)
$$;

-- The queue table, its archive, their indexes, membership and the meta row: what create(),
-- create_non_partitioned() and create_unlogged() share.
CREATE FUNCTION pgmq._create_queue(queue_name text, unlogged boolean) RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    qtable text := pgmq.format_table_name(queue_name, 'q');
    atable text := pgmq.format_table_name(queue_name, 'a');
BEGIN
    PERFORM pgmq.validate_queue_name(queue_name);
    EXECUTE pg_catalog.format(
        $q$
        CREATE %s TABLE IF NOT EXISTS pgmq.%I (
            msg_id BIGINT PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
            read_ct INT DEFAULT 0 NOT NULL,
            enqueued_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
            vt TIMESTAMP WITH TIME ZONE NOT NULL,
            message JSONB
        )
        $q$, CASE WHEN unlogged THEN 'UNLOGGED' ELSE '' END, qtable);
    EXECUTE pg_catalog.format(
        $q$
        CREATE TABLE IF NOT EXISTS pgmq.%I (
            msg_id BIGINT PRIMARY KEY,
            read_ct INT DEFAULT 0 NOT NULL,
            enqueued_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
            archived_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
            vt TIMESTAMP WITH TIME ZONE NOT NULL,
            message JSONB
        )
        $q$, atable);
    -- Called from a migration, not from this script: the tables must be added to the
    -- extension by hand, or they would be the application's.
    IF NOT pgmq._belongs_to_pgmq(qtable) THEN
        EXECUTE pg_catalog.format('ALTER EXTENSION pgmq ADD TABLE pgmq.%I', qtable);
    END IF;
    IF NOT pgmq._belongs_to_pgmq(qtable || '_msg_id_seq') THEN
        EXECUTE pg_catalog.format('ALTER EXTENSION pgmq ADD SEQUENCE pgmq.%I', qtable || '_msg_id_seq');
    END IF;
    IF NOT pgmq._belongs_to_pgmq(atable) THEN
        EXECUTE pg_catalog.format('ALTER EXTENSION pgmq ADD TABLE pgmq.%I', atable);
    END IF;
    EXECUTE pg_catalog.format('CREATE INDEX IF NOT EXISTS %I ON pgmq.%I (vt ASC)', qtable || '_vt_idx', qtable);
    -- not lower-cased: the real one names it after the queue name as given
    EXECUTE pg_catalog.format('CREATE INDEX IF NOT EXISTS %I ON pgmq.%I (archived_at)',
                              'archived_at_idx_' || queue_name, atable);
    INSERT INTO pgmq.meta (queue_name, is_partitioned, is_unlogged)
    VALUES (queue_name, false, unlogged)
    ON CONFLICT DO NOTHING;
END
$$;

CREATE FUNCTION pgmq.create_non_partitioned(queue_name text) RETURNS void
LANGUAGE sql
AS $$ SELECT pgmq._create_queue(queue_name, false) $$;

CREATE FUNCTION pgmq.create_unlogged(queue_name text) RETURNS void
LANGUAGE sql
AS $$ SELECT pgmq._create_queue(queue_name, true) $$;

CREATE FUNCTION pgmq."create"(queue_name text) RETURNS void
LANGUAGE sql
AS $$ SELECT pgmq.create_non_partitioned(queue_name) $$;

CREATE FUNCTION pgmq._ensure_pg_partman_installed() RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'pg_partman is required for partitioned queues'
        USING HINT = 'pgstrata''s pgmq stand-in has no partitioned queues: use pgmq.create()';
END
$$;

CREATE FUNCTION pgmq.create_partitioned(queue_name text, partition_interval text DEFAULT '10000',
                                        retention_interval text DEFAULT '100000') RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pgmq.validate_queue_name(queue_name);
    PERFORM pgmq._ensure_pg_partman_installed();
END
$$;

CREATE FUNCTION pgmq.convert_archive_partitioned(table_name text, partition_interval text DEFAULT '10000',
                                                 retention_interval text DEFAULT '100000',
                                                 leading_partition int DEFAULT 10) RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pgmq._ensure_pg_partman_installed();
END
$$;

CREATE FUNCTION pgmq.drop_queue(queue_name text, partitioned boolean DEFAULT false) RETURNS boolean
LANGUAGE plpgsql
AS $$
DECLARE
    qtable text := pgmq.format_table_name(queue_name, 'q');
    atable text := pgmq.format_table_name(queue_name, 'a');
BEGIN
    -- members cannot be dropped on their own.  An archive detach_archive() took out of the
    -- extension is kept (what detaching is for; the real 1.4.4 fails on it instead).
    IF pgmq._belongs_to_pgmq(qtable || '_msg_id_seq') THEN
        EXECUTE pg_catalog.format('ALTER EXTENSION pgmq DROP SEQUENCE pgmq.%I', qtable || '_msg_id_seq');
    END IF;
    EXECUTE pg_catalog.format('ALTER EXTENSION pgmq DROP TABLE pgmq.%I', qtable);
    EXECUTE pg_catalog.format('DROP TABLE IF EXISTS pgmq.%I', qtable);
    IF pgmq._belongs_to_pgmq(atable) THEN
        EXECUTE pg_catalog.format('ALTER EXTENSION pgmq DROP TABLE pgmq.%I', atable);
        EXECUTE pg_catalog.format('DROP TABLE IF EXISTS pgmq.%I', atable);
    END IF;
    DELETE FROM pgmq.meta AS m WHERE m.queue_name = drop_queue.queue_name;
    RETURN true;
END
$$;

-- Keep the archive when the queue is dropped: it leaves the extension (and becomes the
-- application's table).
CREATE FUNCTION pgmq.detach_archive(queue_name text) RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    EXECUTE pg_catalog.format('ALTER EXTENSION pgmq DROP TABLE pgmq.%I',
                              pgmq.format_table_name(queue_name, 'a'));
END
$$;

CREATE FUNCTION pgmq.send(queue_name text, msg jsonb, delay integer DEFAULT 0) RETURNS SETOF bigint
LANGUAGE plpgsql
AS $$
BEGIN
    RETURN QUERY EXECUTE pg_catalog.format(
        'INSERT INTO pgmq.%I (vt, message) VALUES (pg_catalog.clock_timestamp() + $2, $1) RETURNING msg_id',
        pgmq.format_table_name(queue_name, 'q'))
        USING msg, pg_catalog.make_interval(secs => delay);
END
$$;

CREATE FUNCTION pgmq.send_batch(queue_name text, msgs jsonb[], delay integer DEFAULT 0) RETURNS SETOF bigint
LANGUAGE plpgsql
AS $$
BEGIN
    RETURN QUERY EXECUTE pg_catalog.format(
        'INSERT INTO pgmq.%I (vt, message)'
        ' SELECT pg_catalog.clock_timestamp() + $2, m FROM pg_catalog.unnest($1) AS m RETURNING msg_id',
        pgmq.format_table_name(queue_name, 'q'))
        USING msgs, pg_catalog.make_interval(secs => delay);
END
$$;

-- Up to qty visible messages (vt passed, oldest first, skipping rows other readers hold),
-- hidden for vt seconds and counted as read once more.  conditions: messages containing it.
CREATE FUNCTION pgmq._read(queue_name text, vt integer, qty integer, conditions jsonb)
RETURNS SETOF pgmq.message_record
LANGUAGE plpgsql
AS $$
DECLARE
    qtable text := pgmq.format_table_name(queue_name, 'q');
BEGIN
    RETURN QUERY EXECUTE pg_catalog.format(
        $q$
        WITH cte AS (
            SELECT msg_id FROM pgmq.%1$I
            WHERE vt <= pg_catalog.clock_timestamp() AND ($3 IS NULL OR message @> $3)
            ORDER BY msg_id
            LIMIT $1
            FOR UPDATE SKIP LOCKED
        )
        UPDATE pgmq.%1$I AS m
        SET vt = pg_catalog.clock_timestamp() + $2, read_ct = m.read_ct + 1
        FROM cte
        WHERE m.msg_id = cte.msg_id
        RETURNING m.msg_id, m.read_ct, m.enqueued_at, m.vt, m.message
        $q$, qtable)
        USING qty, pg_catalog.make_interval(secs => vt), conditions;
END
$$;

CREATE FUNCTION pgmq.read(queue_name text, vt integer, qty integer) RETURNS SETOF pgmq.message_record
LANGUAGE sql
AS $$ SELECT * FROM pgmq._read(queue_name, vt, qty, NULL) $$;

CREATE FUNCTION pgmq.read(queue_name text, vt integer, qty integer, conditions jsonb)
RETURNS SETOF pgmq.message_record
LANGUAGE sql
AS $$ SELECT * FROM pgmq._read(queue_name, vt, qty, conditions) $$;

-- read() again every poll_interval_ms until it finds messages or max_poll_seconds pass.
CREATE FUNCTION pgmq.read_with_poll(queue_name text, vt integer, qty integer,
                                    max_poll_seconds integer DEFAULT 5,
                                    poll_interval_ms integer DEFAULT 100)
RETURNS SETOF pgmq.message_record
LANGUAGE plpgsql
AS $$
DECLARE
    stop_at timestamptz := pg_catalog.clock_timestamp() + pg_catalog.make_interval(secs => max_poll_seconds);
BEGIN
    WHILE pg_catalog.clock_timestamp() < stop_at LOOP
        RETURN QUERY SELECT * FROM pgmq._read(queue_name, vt, qty, NULL);
        IF FOUND THEN
            RETURN;
        END IF;
        PERFORM pg_catalog.pg_sleep(poll_interval_ms / 1000.0);
    END LOOP;
END
$$;

-- The oldest visible message, deleted.
CREATE FUNCTION pgmq.pop(queue_name text) RETURNS SETOF pgmq.message_record
LANGUAGE plpgsql
AS $$
BEGIN
    RETURN QUERY EXECUTE pg_catalog.format(
        $q$
        WITH cte AS (
            SELECT msg_id FROM pgmq.%1$I
            WHERE vt <= pg_catalog.now()
            ORDER BY msg_id
            LIMIT 1
            FOR UPDATE SKIP LOCKED
        )
        DELETE FROM pgmq.%1$I AS m
        USING cte
        WHERE m.msg_id = cte.msg_id
        RETURNING m.msg_id, m.read_ct, m.enqueued_at, m.vt, m.message
        $q$, pgmq.format_table_name(queue_name, 'q'));
END
$$;

CREATE FUNCTION pgmq.set_vt(queue_name text, msg_id bigint, vt integer) RETURNS SETOF pgmq.message_record
LANGUAGE plpgsql
AS $$
BEGIN
    RETURN QUERY EXECUTE pg_catalog.format(
        'UPDATE pgmq.%I AS m SET vt = pg_catalog.now() + $2 WHERE m.msg_id = $1'
        ' RETURNING m.msg_id, m.read_ct, m.enqueued_at, m.vt, m.message',
        pgmq.format_table_name(queue_name, 'q'))
        USING msg_id, pg_catalog.make_interval(secs => vt);
END
$$;

-- Move messages from the queue to its archive: the ids moved.
CREATE FUNCTION pgmq._archive(queue_name text, msg_ids bigint[]) RETURNS SETOF bigint
LANGUAGE plpgsql
AS $$
BEGIN
    RETURN QUERY EXECUTE pg_catalog.format(
        $q$
        WITH archived AS (
            DELETE FROM pgmq.%I
            WHERE msg_id = ANY ($1)
            RETURNING msg_id, vt, read_ct, enqueued_at, message
        )
        INSERT INTO pgmq.%I (msg_id, vt, read_ct, enqueued_at, message)
        SELECT msg_id, vt, read_ct, enqueued_at, message FROM archived
        RETURNING msg_id
        $q$, pgmq.format_table_name(queue_name, 'q'), pgmq.format_table_name(queue_name, 'a'))
        USING msg_ids;
END
$$;

CREATE FUNCTION pgmq.archive(queue_name text, msg_id bigint) RETURNS boolean
LANGUAGE sql
AS $$ SELECT EXISTS (SELECT FROM pgmq._archive(queue_name, ARRAY[msg_id])) $$;

CREATE FUNCTION pgmq.archive(queue_name text, msg_ids bigint[]) RETURNS SETOF bigint
LANGUAGE sql
AS $$ SELECT * FROM pgmq._archive(queue_name, msg_ids) $$;

CREATE FUNCTION pgmq._delete(queue_name text, msg_ids bigint[]) RETURNS SETOF bigint
LANGUAGE plpgsql
AS $$
BEGIN
    RETURN QUERY EXECUTE pg_catalog.format(
        'DELETE FROM pgmq.%I WHERE msg_id = ANY ($1) RETURNING msg_id',
        pgmq.format_table_name(queue_name, 'q'))
        USING msg_ids;
END
$$;

CREATE FUNCTION pgmq.delete(queue_name text, msg_id bigint) RETURNS boolean
LANGUAGE sql
AS $$ SELECT EXISTS (SELECT FROM pgmq._delete(queue_name, ARRAY[msg_id])) $$;

CREATE FUNCTION pgmq.delete(queue_name text, msg_ids bigint[]) RETURNS SETOF bigint
LANGUAGE sql
AS $$ SELECT * FROM pgmq._delete(queue_name, msg_ids) $$;

-- Every message of the queue deleted: how many there were.
CREATE FUNCTION pgmq.purge_queue(queue_name text) RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    qtable text := pgmq.format_table_name(queue_name, 'q');
    deleted bigint;
BEGIN
    EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM pgmq.%I', qtable) INTO deleted;
    EXECUTE pg_catalog.format('TRUNCATE TABLE pgmq.%I', qtable);
    RETURN deleted;
END
$$;

-- Messages waiting, the ages of the newest and oldest, and how many were ever sent (the
-- identity sequence's last value).
CREATE FUNCTION pgmq.metrics(queue_name text) RETURNS pgmq.metrics_result
LANGUAGE plpgsql
AS $$
DECLARE
    qtable text := pgmq.format_table_name(queue_name, 'q');
    result pgmq.metrics_result;
BEGIN
    EXECUTE pg_catalog.format(
        $q$
        SELECT $1::text,
               pg_catalog.count(*),
               EXTRACT(epoch FROM pg_catalog.now() - pg_catalog.max(q.enqueued_at))::int,
               EXTRACT(epoch FROM pg_catalog.now() - pg_catalog.min(q.enqueued_at))::int,
               (SELECT CASE WHEN s.is_called THEN s.last_value ELSE 0 END FROM pgmq.%I AS s),
               pg_catalog.now()
        FROM pgmq.%I AS q
        $q$, qtable || '_msg_id_seq', qtable)
        INTO result USING queue_name;
    RETURN result;
END
$$;

CREATE FUNCTION pgmq.metrics_all() RETURNS SETOF pgmq.metrics_result
LANGUAGE sql
AS $$ SELECT r.* FROM pgmq.meta AS m, LATERAL pgmq.metrics(m.queue_name) AS r $$;

CREATE FUNCTION pgmq.list_queues() RETURNS SETOF pgmq.queue_record
LANGUAGE sql
AS $$ SELECT m.queue_name, m.is_partitioned, m.is_unlogged, m.created_at FROM pgmq.meta AS m $$;
