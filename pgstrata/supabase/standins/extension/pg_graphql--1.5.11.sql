-- pgstrata stand-in for pg_graphql 1.5: schema graphql with graphql.resolve() and the helpers
-- migrations refer to.  graphql.resolve() returns a GraphQL error document: the local
-- server has no GraphQL engine.  Comments such as @graphql({...}) are plain comments.

\echo Use "CREATE EXTENSION pg_graphql" to load this file. \quit

CREATE FUNCTION graphql.resolve(query text, variables jsonb DEFAULT '{}'::jsonb,
                                "operationName" text DEFAULT NULL, extensions jsonb DEFAULT NULL)
RETURNS jsonb
LANGUAGE sql STABLE
AS $$
    SELECT pg_catalog.jsonb_build_object(
        'data', NULL,
        'errors', pg_catalog.jsonb_build_array(pg_catalog.jsonb_build_object(
            'message', 'pgstrata stand-in: pg_graphql does not resolve queries on the local server')))
$$;

CREATE FUNCTION graphql.comment_directive(comment_ text) RETURNS jsonb
LANGUAGE sql IMMUTABLE
AS $$
    SELECT CASE
        WHEN comment_ ~ '@graphql\(' THEN
            pg_catalog.substring(comment_ FROM '@graphql\((.*)\)')::jsonb
        ELSE NULL
    END
$$;

CREATE FUNCTION graphql.exception(message text) RETURNS text
LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = '22000', MESSAGE = message;
END
$$;

DO $grants$
DECLARE
    r text;
BEGIN
    FOR r IN SELECT rolname FROM pg_catalog.pg_roles
             WHERE rolname IN ('postgres', 'anon', 'authenticated', 'service_role')
    LOOP
        EXECUTE pg_catalog.format('GRANT USAGE ON SCHEMA graphql TO %I', r);
        EXECUTE pg_catalog.format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA graphql TO %I', r);
    END LOOP;
END
$grants$;
