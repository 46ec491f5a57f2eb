-- pgstrata stand-in for pg_jsonschema 0.3: json_matches_schema, jsonb_matches_schema,
-- jsonschema_is_valid and jsonschema_validation_errors with the real signatures, IMMUTABLE STRICT
-- PARALLEL SAFE as the real ones (apps call them in CHECK constraints).  The real extension wraps
-- the jsonschema-rs crate (draft 7 by default); this one is a PL/pgSQL validator of the keywords
-- apps use: type (one or a list; integer is a number without a fraction), enum, const,
-- properties, patternProperties, additionalProperties (false or a schema), required,
-- propertyNames, min/maxProperties, items (a schema or a tuple), additionalItems, contains,
-- min/maxItems, uniqueItems, minimum, maximum, exclusiveMinimum/Maximum (numbers, or draft 4
-- booleans), multipleOf, min/maxLength (in characters), pattern (a PostgreSQL regular
-- expression: close to ECMA 262 for the usual patterns, but no \p{..}), allOf, anyOf, oneOf,
-- not, if/then/else, boolean schemas and local "$ref" ("#", "#/definitions/x", "#/$defs/x";
-- as in draft 7 a "$ref" hides its sibling keywords).  NOT real: "format" and every other
-- keyword are ignored, remote references raise an error, "$id" is not a base URI, and error
-- messages follow jsonschema-rs's wording only approximately (values are printed as jsonb).

\echo Use "CREATE EXTENSION pg_jsonschema" to load this file. \quit

-- The schema a local "$ref" points to (a JSON pointer into the root schema), or an error.
CREATE FUNCTION _jsonschema_resolve(root jsonb, ref text) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    path text[];
    found jsonb;
BEGIN
    IF ref = '#' OR ref = '#/' THEN
        RETURN root;
    END IF;
    IF pg_catalog.left(ref, 2) <> '#/' THEN
        RAISE EXCEPTION 'pg_jsonschema stand-in: cannot resolve "$ref": "%" (only local references)', ref;
    END IF;
    SELECT pg_catalog.array_agg(pg_catalog.replace(pg_catalog.replace(p.token, '~1', '/'), '~0', '~')
                                ORDER BY p.n)
      INTO path
      FROM pg_catalog.unnest(pg_catalog.string_to_array(pg_catalog.substr(ref, 3), '/'))
           WITH ORDINALITY AS p(token, n);
    found := root #> path;
    IF found IS NULL THEN
        RAISE EXCEPTION 'pg_jsonschema stand-in: "$ref": "%" points to nothing', ref;
    END IF;
    RETURN found;
END
$$;

-- Whether instance is of one JSON Schema type (integer: a number without a fraction, so 1.0 is
-- one, as in draft 6 and later).
CREATE FUNCTION _jsonschema_is_type(instance jsonb, type_name text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT CASE type_name
        WHEN 'integer' THEN pg_catalog.jsonb_typeof(instance) = 'number'
                            AND instance::numeric = pg_catalog.trunc(instance::numeric)
        ELSE pg_catalog.jsonb_typeof(instance) = type_name
    END
$$;

-- "character" or "characters" (jsonschema-rs's messages say "1 character", "4 characters").
CREATE FUNCTION _jsonschema_plural(n numeric, word text, words text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT n::text || ' ' || CASE WHEN n = 1 THEN word ELSE words END $$;

CREATE FUNCTION _jsonschema_errors(schema jsonb, instance jsonb, root jsonb) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE
    errors text[] := '{}';
    kind text := pg_catalog.jsonb_typeof(instance);
    shown text := instance::text;
    types jsonb;
    num numeric;
    limit_value numeric;
    exclusive jsonb;
    len integer;
    sub jsonb;
    item jsonb;
    k text;
    v jsonb;
    i integer;
    matched integer;
    unexpected text[];
BEGIN
    IF pg_catalog.jsonb_typeof(schema) = 'boolean' THEN
        IF schema = 'false'::jsonb THEN
            RETURN ARRAY['False schema does not allow ' || shown];
        END IF;
        RETURN errors;
    END IF;
    IF pg_catalog.jsonb_typeof(schema) IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION 'pg_jsonschema stand-in: invalid schema %', schema::text;
    END IF;

    -- draft 7: a "$ref" hides the keywords beside it
    IF schema ? '$ref' THEN
        RETURN @extschema@._jsonschema_errors(
            @extschema@._jsonschema_resolve(root, schema ->> '$ref'), instance, root);
    END IF;

    IF schema ? 'type' THEN
        types := CASE WHEN pg_catalog.jsonb_typeof(schema -> 'type') = 'array' THEN schema -> 'type'
                      ELSE pg_catalog.jsonb_build_array(schema -> 'type') END;
        IF NOT EXISTS (SELECT FROM pg_catalog.jsonb_array_elements_text(types) AS t(name)
                       WHERE @extschema@._jsonschema_is_type(instance, t.name)) THEN
            errors := errors || CASE WHEN pg_catalog.jsonb_array_length(types) = 1
                THEN shown || ' is not of type ' || (types -> 0)::text
                ELSE shown || ' is not of types ' || (SELECT pg_catalog.string_agg(t::text, ', ')
                                                      FROM pg_catalog.jsonb_array_elements(types) AS t)
            END;
        END IF;
    END IF;

    IF schema ? 'enum' AND NOT EXISTS (SELECT FROM pg_catalog.jsonb_array_elements(schema -> 'enum') AS e
                                       WHERE e = instance) THEN
        errors := errors || (shown || ' is not one of ' || (schema -> 'enum')::text);
    END IF;
    IF schema ? 'const' AND schema -> 'const' <> instance THEN
        errors := errors || ((schema -> 'const')::text || ' was expected');
    END IF;

    IF kind = 'number' THEN
        num := instance::numeric;
        exclusive := schema -> 'exclusiveMinimum';
        IF schema ? 'minimum' THEN
            limit_value := (schema -> 'minimum')::numeric;
            IF exclusive = 'true'::jsonb AND num <= limit_value THEN  -- draft 4
                errors := errors || (shown || ' is less than or equal to the minimum of ' || limit_value);
            ELSIF num < limit_value THEN
                errors := errors || (shown || ' is less than the minimum of ' || limit_value);
            END IF;
        END IF;
        IF pg_catalog.jsonb_typeof(exclusive) = 'number' AND num <= exclusive::numeric THEN
            errors := errors || (shown || ' is less than or equal to the minimum of ' || exclusive::text);
        END IF;
        exclusive := schema -> 'exclusiveMaximum';
        IF schema ? 'maximum' THEN
            limit_value := (schema -> 'maximum')::numeric;
            IF exclusive = 'true'::jsonb AND num >= limit_value THEN  -- draft 4
                errors := errors || (shown || ' is greater than or equal to the maximum of ' || limit_value);
            ELSIF num > limit_value THEN
                errors := errors || (shown || ' is greater than the maximum of ' || limit_value);
            END IF;
        END IF;
        IF pg_catalog.jsonb_typeof(exclusive) = 'number' AND num >= exclusive::numeric THEN
            errors := errors || (shown || ' is greater than or equal to the maximum of ' || exclusive::text);
        END IF;
        IF schema ? 'multipleOf' AND pg_catalog.mod(num, (schema -> 'multipleOf')::numeric) <> 0 THEN
            errors := errors || (shown || ' is not a multiple of ' || (schema -> 'multipleOf')::text);
        END IF;
    END IF;

    IF kind = 'string' THEN
        len := pg_catalog.length(instance #>> '{}');
        IF schema ? 'minLength' AND len < (schema -> 'minLength')::numeric THEN
            errors := errors || (shown || ' is shorter than '
                || @extschema@._jsonschema_plural((schema -> 'minLength')::numeric, 'character', 'characters'));
        END IF;
        IF schema ? 'maxLength' AND len > (schema -> 'maxLength')::numeric THEN
            errors := errors || (shown || ' is longer than '
                || @extschema@._jsonschema_plural((schema -> 'maxLength')::numeric, 'character', 'characters'));
        END IF;
        IF schema ? 'pattern' AND NOT (instance #>> '{}') ~ (schema ->> 'pattern') THEN
            errors := errors || (shown || ' does not match ' || (schema -> 'pattern')::text);
        END IF;
    END IF;

    IF kind = 'array' THEN
        len := pg_catalog.jsonb_array_length(instance);
        IF schema ? 'minItems' AND len < (schema -> 'minItems')::numeric THEN
            errors := errors || (shown || ' has less than '
                || @extschema@._jsonschema_plural((schema -> 'minItems')::numeric, 'item', 'items'));
        END IF;
        IF schema ? 'maxItems' AND len > (schema -> 'maxItems')::numeric THEN
            errors := errors || (shown || ' has more than '
                || @extschema@._jsonschema_plural((schema -> 'maxItems')::numeric, 'item', 'items'));
        END IF;
        IF schema -> 'uniqueItems' = 'true'::jsonb
           AND (SELECT pg_catalog.count(DISTINCT e) FROM pg_catalog.jsonb_array_elements(instance) AS e) < len THEN
            errors := errors || (shown || ' has non-unique elements');
        END IF;
        sub := schema -> 'items';
        IF pg_catalog.jsonb_typeof(sub) = 'array' THEN  -- a tuple, then additionalItems
            FOR i IN 0 .. len - 1 LOOP
                item := instance -> i;
                IF i < pg_catalog.jsonb_array_length(sub) THEN
                    errors := errors || @extschema@._jsonschema_errors(sub -> i, item, root);
                ELSIF schema ? 'additionalItems' THEN
                    errors := errors || @extschema@._jsonschema_errors(schema -> 'additionalItems', item, root);
                END IF;
            END LOOP;
        ELSIF sub IS NOT NULL THEN
            FOR item IN SELECT e FROM pg_catalog.jsonb_array_elements(instance) AS e LOOP
                errors := errors || @extschema@._jsonschema_errors(sub, item, root);
            END LOOP;
        END IF;
        IF schema ? 'contains' AND NOT EXISTS (
               SELECT FROM pg_catalog.jsonb_array_elements(instance) AS e
               WHERE pg_catalog.cardinality(@extschema@._jsonschema_errors(schema -> 'contains', e, root)) = 0) THEN
            errors := errors || ('None of ' || shown || ' are valid under the given schema');
        END IF;
    END IF;

    IF kind = 'object' THEN
        SELECT pg_catalog.count(*) INTO len FROM pg_catalog.jsonb_object_keys(instance);
        IF schema ? 'minProperties' AND len < (schema -> 'minProperties')::numeric THEN
            errors := errors || (shown || ' has less than '
                || @extschema@._jsonschema_plural((schema -> 'minProperties')::numeric, 'property', 'properties'));
        END IF;
        IF schema ? 'maxProperties' AND len > (schema -> 'maxProperties')::numeric THEN
            errors := errors || (shown || ' has more than '
                || @extschema@._jsonschema_plural((schema -> 'maxProperties')::numeric, 'property', 'properties'));
        END IF;
        IF pg_catalog.jsonb_typeof(schema -> 'required') = 'array' THEN
            FOR k IN SELECT r FROM pg_catalog.jsonb_array_elements_text(schema -> 'required') AS r LOOP
                IF NOT instance ? k THEN
                    errors := errors || (pg_catalog.to_jsonb(k)::text || ' is a required property');
                END IF;
            END LOOP;
        END IF;
        unexpected := '{}';
        -- keys in code-point order, as jsonschema-rs walks its (sorted) maps
        FOR k, v IN SELECT e.key, e.value FROM pg_catalog.jsonb_each(instance) AS e
                    ORDER BY e.key COLLATE "C" LOOP
            matched := 0;
            IF schema -> 'properties' ? k THEN
                matched := 1;
                errors := errors || @extschema@._jsonschema_errors(schema -> 'properties' -> k, v, root);
            END IF;
            IF schema ? 'patternProperties' THEN
                FOR sub IN SELECT p.value FROM pg_catalog.jsonb_each(schema -> 'patternProperties') AS p
                           WHERE k ~ p.key LOOP
                    matched := 1;
                    errors := errors || @extschema@._jsonschema_errors(sub, v, root);
                END LOOP;
            END IF;
            IF matched = 0 AND schema ? 'additionalProperties' THEN
                IF schema -> 'additionalProperties' = 'false'::jsonb THEN
                    unexpected := unexpected || pg_catalog.quote_literal(k);
                ELSE
                    errors := errors || @extschema@._jsonschema_errors(schema -> 'additionalProperties', v, root);
                END IF;
            END IF;
            IF schema ? 'propertyNames' THEN
                errors := errors || @extschema@._jsonschema_errors(schema -> 'propertyNames', pg_catalog.to_jsonb(k), root);
            END IF;
        END LOOP;
        IF pg_catalog.cardinality(unexpected) > 0 THEN
            errors := errors || ('Additional properties are not allowed ('
                || pg_catalog.array_to_string(unexpected, ', ')
                || CASE WHEN pg_catalog.cardinality(unexpected) = 1 THEN ' was' ELSE ' were' END
                || ' unexpected)');
        END IF;
    END IF;

    IF schema ? 'allOf' THEN
        FOR sub IN SELECT e FROM pg_catalog.jsonb_array_elements(schema -> 'allOf') AS e LOOP
            errors := errors || @extschema@._jsonschema_errors(sub, instance, root);
        END LOOP;
    END IF;
    IF schema ? 'anyOf' AND NOT EXISTS (
           SELECT FROM pg_catalog.jsonb_array_elements(schema -> 'anyOf') AS e
           WHERE pg_catalog.cardinality(@extschema@._jsonschema_errors(e, instance, root)) = 0) THEN
        errors := errors || (shown || ' is not valid under any of the given schemas');
    END IF;
    IF schema ? 'oneOf' THEN
        SELECT pg_catalog.count(*) INTO matched FROM pg_catalog.jsonb_array_elements(schema -> 'oneOf') AS e
         WHERE pg_catalog.cardinality(@extschema@._jsonschema_errors(e, instance, root)) = 0;
        IF matched = 0 THEN
            errors := errors || (shown || ' is not valid under any of the given schemas');
        ELSIF matched > 1 THEN
            errors := errors || (shown || ' is valid under more than one of the given schemas');
        END IF;
    END IF;
    IF schema ? 'not'
       AND pg_catalog.cardinality(@extschema@._jsonschema_errors(schema -> 'not', instance, root)) = 0 THEN
        errors := errors || (shown || ' is not allowed for ' || (schema -> 'not')::text);
    END IF;
    IF schema ? 'if' THEN
        IF pg_catalog.cardinality(@extschema@._jsonschema_errors(schema -> 'if', instance, root)) = 0 THEN
            IF schema ? 'then' THEN
                errors := errors || @extschema@._jsonschema_errors(schema -> 'then', instance, root);
            END IF;
        ELSIF schema ? 'else' THEN
            errors := errors || @extschema@._jsonschema_errors(schema -> 'else', instance, root);
        END IF;
    END IF;
    RETURN errors;
END
$$;

-- What is wrong with a schema itself (an empty array: nothing), for jsonschema_is_valid().
CREATE FUNCTION _jsonschema_problems(schema jsonb) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    problems text[] := '{}';
    k text;
    v jsonb;
    sub jsonb;
BEGIN
    IF pg_catalog.jsonb_typeof(schema) = 'boolean' THEN
        RETURN problems;
    END IF;
    IF pg_catalog.jsonb_typeof(schema) <> 'object' THEN
        RETURN ARRAY[schema::text || ' is not of types "boolean", "object"'];
    END IF;
    FOR k, v IN SELECT e.key, e.value FROM pg_catalog.jsonb_each(schema) AS e ORDER BY e.key COLLATE "C" LOOP
        CASE
        WHEN k = 'type' THEN
            IF EXISTS (SELECT FROM pg_catalog.jsonb_array_elements(
                                       CASE WHEN pg_catalog.jsonb_typeof(v) = 'array' THEN v
                                            ELSE pg_catalog.jsonb_build_array(v) END) AS t
                       WHERE t NOT IN ('"array"', '"boolean"', '"integer"', '"null"', '"number"',
                                       '"object"', '"string"')) THEN
                problems := problems || (v::text || ' is not valid under any of the given schemas');
            END IF;
        WHEN k IN ('minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties') THEN
            IF pg_catalog.jsonb_typeof(v) <> 'number' OR v::numeric < 0 OR v::numeric <> pg_catalog.trunc(v::numeric) THEN
                problems := problems || (v::text || ' is not a non-negative integer (' || k || ')');
            END IF;
        WHEN k IN ('minimum', 'maximum') THEN
            IF pg_catalog.jsonb_typeof(v) <> 'number' THEN
                problems := problems || (v::text || ' is not of type "number"');
            END IF;
        WHEN k IN ('exclusiveMinimum', 'exclusiveMaximum') THEN
            IF pg_catalog.jsonb_typeof(v) NOT IN ('number', 'boolean') THEN
                problems := problems || (v::text || ' is not of type "number"');
            END IF;
        WHEN k = 'multipleOf' THEN
            IF pg_catalog.jsonb_typeof(v) <> 'number' OR v::numeric <= 0 THEN
                problems := problems || (v::text || ' is not a positive number');
            END IF;
        WHEN k IN ('required', 'enum') THEN
            IF pg_catalog.jsonb_typeof(v) <> 'array' THEN
                problems := problems || (v::text || ' is not of type "array"');
            ELSIF k = 'required' AND EXISTS (SELECT FROM pg_catalog.jsonb_array_elements(v) AS r
                                             WHERE pg_catalog.jsonb_typeof(r) <> 'string') THEN
                problems := problems || (v::text || ' is not an array of strings');
            END IF;
        WHEN k = 'uniqueItems' THEN
            IF pg_catalog.jsonb_typeof(v) <> 'boolean' THEN
                problems := problems || (v::text || ' is not of type "boolean"');
            END IF;
        WHEN k IN ('pattern', '$ref') THEN
            IF pg_catalog.jsonb_typeof(v) <> 'string' THEN
                problems := problems || (v::text || ' is not of type "string"');
            ELSIF k = 'pattern' THEN
                BEGIN
                    PERFORM '' ~ (v #>> '{}');
                EXCEPTION WHEN invalid_regular_expression THEN
                    problems := problems || (v::text || ' is not a "regex"');
                END;
            END IF;
        WHEN k IN ('properties', 'patternProperties', 'definitions', '$defs') THEN
            IF pg_catalog.jsonb_typeof(v) <> 'object' THEN
                problems := problems || (v::text || ' is not of type "object"');
            ELSE
                FOR sub IN SELECT e.value FROM pg_catalog.jsonb_each(v) AS e LOOP
                    problems := problems || @extschema@._jsonschema_problems(sub);
                END LOOP;
            END IF;
        WHEN k IN ('allOf', 'anyOf', 'oneOf') THEN
            IF pg_catalog.jsonb_typeof(v) <> 'array' OR pg_catalog.jsonb_array_length(v) = 0 THEN
                problems := problems || (v::text || ' is not a non-empty array of schemas');
            ELSE
                FOR sub IN SELECT e FROM pg_catalog.jsonb_array_elements(v) AS e LOOP
                    problems := problems || @extschema@._jsonschema_problems(sub);
                END LOOP;
            END IF;
        WHEN k = 'items' AND pg_catalog.jsonb_typeof(v) = 'array' THEN
            FOR sub IN SELECT e FROM pg_catalog.jsonb_array_elements(v) AS e LOOP
                problems := problems || @extschema@._jsonschema_problems(sub);
            END LOOP;
        WHEN k IN ('items', 'additionalItems', 'additionalProperties', 'contains', 'propertyNames',
                   'not', 'if', 'then', 'else') THEN
            problems := problems || @extschema@._jsonschema_problems(v);
        ELSE
            NULL;  -- unknown keywords (and "format") are allowed, as in JSON Schema
        END CASE;
    END LOOP;
    RETURN problems;
END
$$;

CREATE FUNCTION json_matches_schema(schema json, instance json) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT pg_catalog.cardinality(@extschema@._jsonschema_errors(schema::jsonb, instance::jsonb, schema::jsonb)) = 0
$$;

CREATE FUNCTION jsonb_matches_schema(schema json, instance jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT pg_catalog.cardinality(@extschema@._jsonschema_errors(schema::jsonb, instance, schema::jsonb)) = 0
$$;

CREATE FUNCTION jsonschema_is_valid(schema json) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT pg_catalog.cardinality(@extschema@._jsonschema_problems(schema::jsonb)) = 0 $$;

CREATE FUNCTION jsonschema_validation_errors(schema json, instance json) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT CASE WHEN pg_catalog.cardinality(p.problems) > 0 THEN p.problems[1:1]
                ELSE @extschema@._jsonschema_errors(schema::jsonb, instance::jsonb, schema::jsonb) END
    FROM (SELECT @extschema@._jsonschema_problems(schema::jsonb) AS problems) AS p
$$;
