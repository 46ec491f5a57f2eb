-- pgstrata stand-in for pg_net 0.14: the functions of schema net with the real signatures.
-- A call queues its request in net.http_request_queue and returns its id, as the real one
-- does; but there is no background worker and no network: requests stay queued (so a test
-- can assert on them) and net._http_collect_response() reports them as PENDING.

\echo Use "CREATE EXTENSION pg_net" to load this file. \quit

CREATE SCHEMA net;

CREATE DOMAIN net.http_method AS text
    CHECK (VALUE IN ('GET', 'POST', 'DELETE', 'PUT', 'PATCH', 'HEAD'));

CREATE TYPE net.request_status AS ENUM ('PENDING', 'SUCCESS', 'ERROR');
CREATE TYPE net.http_response AS (status_code integer, headers jsonb, body text);
CREATE TYPE net.http_response_result AS (status net.request_status, message text, response net.http_response);

CREATE UNLOGGED TABLE net.http_request_queue (
    id bigserial NOT NULL,
    method net.http_method NOT NULL,
    url text NOT NULL,
    headers jsonb NOT NULL,
    body bytea,
    timeout_milliseconds integer NOT NULL
);

CREATE UNLOGGED TABLE net._http_response (
    id bigint,
    status_code integer,
    content_type text,
    headers jsonb,
    content text,
    timed_out boolean,
    error_msg text,
    created timestamptz NOT NULL DEFAULT pg_catalog.now()
);
CREATE INDEX _http_response_created_idx ON net._http_response (created);

-- RFC 3986 percent-encoding of one query-string component.
CREATE FUNCTION net._urlencode(string text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    raw bytea := pg_catalog.convert_to(string, 'UTF8');
    out text := '';
    b int;
    i int;
BEGIN
    FOR i IN 0 .. pg_catalog.length(raw) - 1 LOOP
        b := pg_catalog.get_byte(raw, i);
        IF (b BETWEEN 48 AND 57) OR (b BETWEEN 65 AND 90) OR (b BETWEEN 97 AND 122)
           OR b IN (45, 46, 95, 126) THEN
            out := out || pg_catalog.chr(b);
        ELSE
            out := out || '%' || pg_catalog.upper(pg_catalog.lpad(pg_catalog.to_hex(b), 2, '0'));
        END IF;
    END LOOP;
    RETURN out;
END
$$;

CREATE FUNCTION net._with_params(url text, params jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN params IS NULL OR params = '{}'::jsonb THEN url
        ELSE url || CASE WHEN pg_catalog.strpos(url, '?') > 0 THEN '&' ELSE '?' END
             || (SELECT pg_catalog.string_agg(net._urlencode(p.key) || '=' || net._urlencode(p.value), '&'
                                              ORDER BY p.key)
                 FROM pg_catalog.jsonb_each_text(params) AS p)
    END
$$;

CREATE FUNCTION net._enqueue(method text, url text, params jsonb, headers jsonb, body jsonb,
                             timeout_milliseconds integer) RETURNS bigint
LANGUAGE sql VOLATILE
AS $$
    INSERT INTO net.http_request_queue (method, url, headers, body, timeout_milliseconds)
    VALUES (method, net._with_params(url, params), coalesce(headers, '{}'::jsonb),
            CASE WHEN body IS NULL THEN NULL ELSE pg_catalog.convert_to(body::text, 'UTF8') END,
            timeout_milliseconds)
    RETURNING id
$$;

CREATE FUNCTION net.http_get(url text, params jsonb DEFAULT '{}'::jsonb,
                             headers jsonb DEFAULT '{}'::jsonb,
                             timeout_milliseconds integer DEFAULT 5000) RETURNS bigint
LANGUAGE sql VOLATILE
AS $$ SELECT net._enqueue('GET', url, params, headers, NULL, timeout_milliseconds) $$;

CREATE FUNCTION net.http_post(url text, body jsonb DEFAULT '{}'::jsonb,
                              params jsonb DEFAULT '{}'::jsonb,
                              headers jsonb DEFAULT '{"Content-Type": "application/json"}'::jsonb,
                              timeout_milliseconds integer DEFAULT 5000) RETURNS bigint
LANGUAGE sql VOLATILE
AS $$ SELECT net._enqueue('POST', url, params, headers, body, timeout_milliseconds) $$;

CREATE FUNCTION net.http_delete(url text, params jsonb DEFAULT '{}'::jsonb,
                                headers jsonb DEFAULT '{}'::jsonb,
                                timeout_milliseconds integer DEFAULT 5000,
                                body jsonb DEFAULT NULL) RETURNS bigint
LANGUAGE sql VOLATILE
AS $$ SELECT net._enqueue('DELETE', url, params, headers, body, timeout_milliseconds) $$;

CREATE FUNCTION net._http_collect_response(request_id bigint, async boolean DEFAULT true)
RETURNS net.http_response_result
LANGUAGE sql STABLE
AS $$
    SELECT CASE
        WHEN r.id IS NULL THEN
            ROW('PENDING', 'request is pending (pgstrata stand-in: nothing is sent)', NULL)::net.http_response_result
        WHEN r.error_msg IS NOT NULL THEN
            ROW('ERROR', r.error_msg, NULL)::net.http_response_result
        ELSE
            ROW('SUCCESS', 'ok', ROW(r.status_code, r.headers, r.content)::net.http_response)::net.http_response_result
    END
    FROM (SELECT request_id AS wanted) AS w
    LEFT JOIN net._http_response AS r ON r.id = w.wanted
$$;

CREATE FUNCTION net.http_collect_response(request_id bigint, async boolean DEFAULT true)
RETURNS net.http_response_result
LANGUAGE sql STABLE
AS $$ SELECT net._http_collect_response(request_id, async) $$;

CREATE FUNCTION net.worker_restart() RETURNS boolean
LANGUAGE sql VOLATILE
AS $$ SELECT true $$;

-- What Supabase's grant_pg_net_access() event trigger does, where the API roles exist.
DO $grants$
DECLARE
    r text;
BEGIN
    FOR r IN SELECT rolname FROM pg_catalog.pg_roles
             WHERE rolname IN ('postgres', 'anon', 'authenticated', 'service_role', 'supabase_functions_admin')
    LOOP
        EXECUTE pg_catalog.format('GRANT USAGE ON SCHEMA net TO %I', r);
    END LOOP;
END
$grants$;
