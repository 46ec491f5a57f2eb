-- pgstrata stand-in for pgjwt 0.2: sign() and verify() of HMAC-signed JSON Web Tokens with the
-- real signatures (HS256, HS384, HS512).  Tokens are real JWTs: the HMAC comes from pgcrypto
-- (the real one or its stand-in), so they verify anywhere with the same secret.

\echo Use "CREATE EXTENSION pgjwt" to load this file. \quit

CREATE FUNCTION url_encode(data bytea) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT pg_catalog.translate(pg_catalog.encode(data, 'base64'), E'+/=\n', '-_') $$;

CREATE FUNCTION url_decode(data text) RETURNS bytea
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT pg_catalog.decode(
        pg_catalog.translate(data, '-_', '+/')
        || pg_catalog.repeat('=', (4 - pg_catalog.length(data) % 4) % 4),
        'base64')
$$;

CREATE FUNCTION algorithm_sign(signables text, secret text, algorithm text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT @extschema@.url_encode(@extschema:pgcrypto@.hmac(
        signables, secret,
        CASE algorithm WHEN 'HS256' THEN 'sha256' WHEN 'HS384' THEN 'sha384'
                       WHEN 'HS512' THEN 'sha512' ELSE '' END))
$$;

CREATE FUNCTION sign(payload json, secret text, algorithm text DEFAULT 'HS256') RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT s.signables || '.' || @extschema@.algorithm_sign(s.signables, secret, algorithm)
    FROM (SELECT @extschema@.url_encode(pg_catalog.convert_to(
                     '{"alg":"' || algorithm || '","typ":"JWT"}', 'UTF8'))
                 || '.' || @extschema@.url_encode(pg_catalog.convert_to(payload::text, 'UTF8'))
                 AS signables) AS s
$$;

CREATE FUNCTION try_cast_double(inp text) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
BEGIN
    RETURN inp::double precision;
EXCEPTION WHEN others THEN
    RETURN NULL;
END
$$;

CREATE FUNCTION verify(token text, secret text, algorithm text DEFAULT 'HS256')
RETURNS TABLE (header json, payload json, valid boolean)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT j.header, j.payload,
           j.signature_ok AND pg_catalog.tstzrange(
               pg_catalog.to_timestamp(@extschema@.try_cast_double(j.payload ->> 'nbf')),
               pg_catalog.to_timestamp(@extschema@.try_cast_double(j.payload ->> 'exp'))
           ) @> CURRENT_TIMESTAMP AS valid
    FROM (SELECT pg_catalog.convert_from(@extschema@.url_decode(parts[1]), 'UTF8')::json AS header,
                 pg_catalog.convert_from(@extschema@.url_decode(parts[2]), 'UTF8')::json AS payload,
                 parts[3] = @extschema@.algorithm_sign(parts[1] || '.' || parts[2], secret, algorithm)
                     AS signature_ok
          FROM pg_catalog.regexp_split_to_array(token, '\.') AS parts) AS j
$$;
