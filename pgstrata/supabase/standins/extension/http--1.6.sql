-- pgstrata stand-in for pgsql-http 1.6 (the "http" extension): its types and functions with the
-- real signatures.  NOTHING IS SENT: there is no network here.  http() checks the request as the
-- real one does (a method and a uri; a content needs a content_type) and answers every request
-- with status 503, content type text/plain, a header "X-Pgstrata-Stand-In: http" and a content
-- saying that this is a pgstrata stand-in and naming the request; HEAD answers with no content.
-- urlencode() is real (pgsql-http's encoding: A-Z a-z 0-9 - . _ ~ pass, a space becomes "+",
-- every other byte is %XX); http_set_curlopt() accepts the real option names and remembers them
-- for the session (http_list_curlopt() lists them), but they change nothing.

\echo Use "CREATE EXTENSION http" to load this file. \quit

CREATE DOMAIN http_method AS text;
CREATE DOMAIN content_type AS text
CHECK (
    VALUE ~ '^\S+\/\S+'
);

CREATE TYPE http_header AS (
    field VARCHAR,
    value VARCHAR
);

CREATE TYPE http_response AS (
    status INTEGER,
    content_type VARCHAR,
    headers http_header[],
    content VARCHAR
);

CREATE TYPE http_request AS (
    method http_method,
    uri VARCHAR,
    headers http_header[],
    content_type VARCHAR,
    content VARCHAR
);

-- The options the session set, as a jsonb object in a custom setting (the real extension keeps
-- them in the backend's memory: both last until the session ends).
CREATE FUNCTION _curlopts() RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT coalesce(NULLIF(pg_catalog.current_setting('pgstrata_http.curlopts', true), ''),
                    '{}')::jsonb
$$;

CREATE FUNCTION http_set_curlopt(curlopt VARCHAR, value VARCHAR)
    RETURNS boolean
    LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
    name text := pg_catalog.upper(curlopt);
BEGIN
    IF curlopt IS NULL OR value IS NULL THEN
        RETURN false;
    END IF;
    IF name NOT IN ('CURLOPT_CAINFO', 'CURLOPT_TIMEOUT', 'CURLOPT_TIMEOUT_MS', 'CURLOPT_CONNECTTIMEOUT',
                    'CURLOPT_CONNECTTIMEOUT_MS', 'CURLOPT_USERAGENT', 'CURLOPT_USERPWD',
                    'CURLOPT_IPRESOLVE', 'CURLOPT_SSLCERTTYPE', 'CURLOPT_PROXY', 'CURLOPT_PROXYPORT',
                    'CURLOPT_PROXYUSERNAME', 'CURLOPT_PROXYPASSWORD', 'CURLOPT_TLSAUTH_USERNAME',
                    'CURLOPT_TLSAUTH_PASSWORD', 'CURLOPT_TLSAUTH_TYPE', 'CURLOPT_DNS_SERVERS',
                    'CURLOPT_TCP_KEEPALIVE', 'CURLOPT_TCP_KEEPIDLE', 'CURLOPT_SSL_VERIFYHOST',
                    'CURLOPT_SSL_VERIFYPEER', 'CURLOPT_SSLCERT', 'CURLOPT_SSLKEY', 'CURLOPT_PRE_PROXY',
                    'CURLOPT_PROXY_CAINFO', 'CURLOPT_PROXY_TLSAUTH_USERNAME',
                    'CURLOPT_PROXY_TLSAUTH_PASSWORD', 'CURLOPT_PROXY_TLSAUTH_TYPE') THEN
        RAISE EXCEPTION 'curl option ''%'' is not available for run-time configuration', curlopt;
    END IF;
    PERFORM pg_catalog.set_config('pgstrata_http.curlopts',
                                  (@extschema@._curlopts() || pg_catalog.jsonb_build_object(name, value))::text,
                                  false);
    RETURN true;
END
$$;

CREATE FUNCTION http_reset_curlopt()
    RETURNS boolean
    LANGUAGE sql VOLATILE
AS $$ SELECT pg_catalog.set_config('pgstrata_http.curlopts', '{}', false) IS NOT NULL $$;

CREATE FUNCTION http_list_curlopt()
    RETURNS TABLE(curlopt text, value text)
    LANGUAGE sql STABLE
AS $$ SELECT o.key, o.value FROM pg_catalog.jsonb_each_text(@extschema@._curlopts()) AS o ORDER BY o.key $$;

CREATE FUNCTION http_header(field VARCHAR, value VARCHAR)
    RETURNS http_header
    AS $$ SELECT $1, $2 $$
    LANGUAGE 'sql';

CREATE FUNCTION http(request @extschema@.http_request)
    RETURNS http_response
    LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
    IF request IS NULL THEN
        RAISE EXCEPTION 'An http_request must be provided';
    END IF;
    IF request.uri IS NULL THEN
        RAISE EXCEPTION 'http_request.uri is NULL';
    END IF;
    IF request.method IS NULL THEN
        RAISE EXCEPTION 'http_request.method is NULL';
    END IF;
    IF request.content IS NOT NULL AND request.content_type IS NULL THEN
        RAISE EXCEPTION 'http_request.content_type is NULL';
    END IF;
    RETURN ROW(
        503,
        'text/plain',
        ARRAY[ROW('X-Pgstrata-Stand-In', 'http')::@extschema@.http_header],
        CASE WHEN pg_catalog.upper(request.method) = 'HEAD' THEN NULL
             ELSE 'pgstrata stand-in for the http extension: nothing was sent ('
                  || pg_catalog.upper(request.method) || ' ' || request.uri || ')' END
    )::@extschema@.http_response;
END
$$;

CREATE FUNCTION http_get(uri VARCHAR)
    RETURNS http_response
    AS $$ SELECT @extschema@.http(('GET', $1, NULL, NULL, NULL)::@extschema@.http_request) $$
    LANGUAGE 'sql';

CREATE FUNCTION http_post(uri VARCHAR, content VARCHAR, content_type VARCHAR)
    RETURNS http_response
    AS $$ SELECT @extschema@.http(('POST', $1, NULL, $3, $2)::@extschema@.http_request) $$
    LANGUAGE 'sql';

CREATE FUNCTION http_put(uri VARCHAR, content VARCHAR, content_type VARCHAR)
    RETURNS http_response
    AS $$ SELECT @extschema@.http(('PUT', $1, NULL, $3, $2)::@extschema@.http_request) $$
    LANGUAGE 'sql';

CREATE FUNCTION http_patch(uri VARCHAR, content VARCHAR, content_type VARCHAR)
    RETURNS http_response
    AS $$ SELECT @extschema@.http(('PATCH', $1, NULL, $3, $2)::@extschema@.http_request) $$
    LANGUAGE 'sql';

CREATE FUNCTION http_delete(uri VARCHAR)
    RETURNS http_response
    AS $$ SELECT @extschema@.http(('DELETE', $1, NULL, NULL, NULL)::@extschema@.http_request) $$
    LANGUAGE 'sql';

CREATE FUNCTION http_delete(uri VARCHAR, content VARCHAR, content_type VARCHAR)
    RETURNS http_response
    AS $$ SELECT @extschema@.http(('DELETE', $1, NULL, $3, $2)::@extschema@.http_request) $$
    LANGUAGE 'sql';

CREATE FUNCTION http_head(uri VARCHAR)
    RETURNS http_response
    AS $$ SELECT @extschema@.http(('HEAD', $1, NULL, NULL, NULL)::@extschema@.http_request) $$
    LANGUAGE 'sql';

-- pgsql-http's urlencode_cstr(): unreserved bytes pass, a space is "+", the rest %XX (upper
-- case); it stops at a zero byte.
CREATE FUNCTION _urlencode_bytes(raw bytea)
    RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    out text := '';
    b integer;
    i integer;
BEGIN
    FOR i IN 0 .. pg_catalog.length(raw) - 1 LOOP
        b := pg_catalog.get_byte(raw, i);
        EXIT WHEN b = 0;
        IF b = 32 THEN
            out := out || '+';
        ELSIF (b BETWEEN 48 AND 57) OR (b BETWEEN 65 AND 90) OR (b BETWEEN 97 AND 122)
              OR b IN (45, 46, 95, 126) THEN
            out := out || pg_catalog.chr(b);
        ELSE
            out := out || '%' || pg_catalog.upper(pg_catalog.lpad(pg_catalog.to_hex(b), 2, '0'));
        END IF;
    END LOOP;
    RETURN out;
END
$$;

CREATE FUNCTION urlencode(string VARCHAR)
    RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT
AS $$ SELECT @extschema@._urlencode_bytes(pg_catalog.convert_to(string, pg_catalog.getdatabaseencoding())) $$;

CREATE FUNCTION urlencode(string BYTEA)
    RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT
AS $$ SELECT @extschema@._urlencode_bytes(string) $$;

-- The top-level keys of an object, key=value joined by "&" in jsonb's key order; strings bare,
-- numbers normalized (no trailing fractional zeros), booleans true/false, null empty; nested
-- arrays and objects and empty keys are skipped; NULL when nothing is left.
CREATE FUNCTION urlencode(data JSONB)
    RETURNS TEXT
    LANGUAGE plpgsql IMMUTABLE STRICT
AS $$
DECLARE
    parts text[] := '{}';
    k text;
    v jsonb;
    shown text;
BEGIN
    IF pg_catalog.jsonb_typeof(data) <> 'object' THEN
        RAISE EXCEPTION 'cannot call urlencode_jsonb on a non-object'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOR k, v IN SELECT e.key, e.value FROM pg_catalog.jsonb_each(data) AS e LOOP
        CONTINUE WHEN k = '' OR pg_catalog.jsonb_typeof(v) IN ('array', 'object');
        shown := CASE pg_catalog.jsonb_typeof(v)
            WHEN 'null' THEN ''
            WHEN 'number' THEN pg_catalog.trim_scale(v::numeric)::text
            ELSE v #>> '{}'
        END;
        parts := parts || (@extschema@.urlencode(k::varchar) || '=' || @extschema@.urlencode(shown::varchar));
    END LOOP;
    RETURN NULLIF(pg_catalog.array_to_string(parts, '&'), '');
END
$$;

CREATE FUNCTION http_get(uri VARCHAR, data JSONB)
    RETURNS http_response
    AS $$
        SELECT @extschema@.http(('GET', $1 || '?' || @extschema@.urlencode($2), NULL, NULL, NULL)::@extschema@.http_request)
    $$
    LANGUAGE 'sql';

CREATE FUNCTION http_post(uri VARCHAR, data JSONB)
    RETURNS http_response
    AS $$
        SELECT @extschema@.http(('POST', $1, NULL, 'application/x-www-form-urlencoded', @extschema@.urlencode($2))::@extschema@.http_request)
    $$
    LANGUAGE 'sql';

CREATE FUNCTION text_to_bytea(data TEXT)
    RETURNS BYTEA
    LANGUAGE sql IMMUTABLE STRICT
AS $$ SELECT pg_catalog.convert_to(data, pg_catalog.getdatabaseencoding()) $$;

CREATE FUNCTION bytea_to_text(data BYTEA)
    RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT
AS $$ SELECT pg_catalog.convert_from(data, pg_catalog.getdatabaseencoding()) $$;
