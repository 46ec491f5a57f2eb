-- min_version: 14
-- 200 functions of every flavour (generated once by a throwaway script): sql/plpgsql/BEGIN ATOMIC, overloads, defaults, OUT params, SETOF, grants, comments.
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['anon', 'authenticated', 'service_role'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

CREATE SCHEMA fn;
CREATE TYPE fn.level AS ENUM ('debug', 'info', 'warn', 'error');
CREATE TYPE fn.pair AS (k text, v numeric);
CREATE TABLE fn.items (id bigint PRIMARY KEY, name text NOT NULL, price numeric(12,2) NOT NULL DEFAULT 0, lvl fn.level NOT NULL DEFAULT 'info', tags text[] NOT NULL DEFAULT '{}');

CREATE FUNCTION fn.f000(a integer, b integer DEFAULT 0) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 1 + b $$;

CREATE FUNCTION fn.f001(p_name text) RETURNS text
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-1';
    END IF;
    RETURN upper(p_name) || '-1';
END;
$$;

CREATE FUNCTION fn.f002(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 12
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f003(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f004(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 1.04, 2);

CREATE FUNCTION fn.f005(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f006(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'g') $$;

CREATE FUNCTION fn.f007(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #7', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f008(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '8', p.v + 8)::fn.pair $$;

CREATE FUNCTION fn.f009() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f009');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f010(a integer, b integer DEFAULT 10) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 4 + b $$;

CREATE FUNCTION fn.f011(p_name text) RETURNS text
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-11';
    END IF;
    RETURN upper(p_name) || '-11';
END;
$$;

CREATE FUNCTION fn.f012(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 22
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f013(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f014(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 1.14, 2);

CREATE FUNCTION fn.f015(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f016(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'q') $$;

CREATE FUNCTION fn.f017(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #17', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f018(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '18', p.v + 18)::fn.pair $$;

CREATE FUNCTION fn.f019() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f019');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f020(a integer, b integer DEFAULT 20) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 7 + b $$;

CREATE FUNCTION fn.f021(p_name text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-21';
    END IF;
    RETURN upper(p_name) || '-21';
END;
$$;

CREATE FUNCTION fn.f022(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 32
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f023(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f024(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 1.24, 2);

CREATE FUNCTION fn.f025(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f026(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'a') $$;

CREATE FUNCTION fn.f027(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #27', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f028(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '28', p.v + 28)::fn.pair $$;

CREATE FUNCTION fn.f029() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f029');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f030(a integer, b integer DEFAULT 30) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 3 + b $$;

CREATE FUNCTION fn.f031(p_name text) RETURNS text
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-31';
    END IF;
    RETURN upper(p_name) || '-31';
END;
$$;

CREATE FUNCTION fn.f032(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 42
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f033(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f034(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 1.34, 2);

CREATE FUNCTION fn.f035(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f036(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'k') $$;

CREATE FUNCTION fn.f037(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #37', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f038(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '38', p.v + 38)::fn.pair $$;

CREATE FUNCTION fn.f039() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f039');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f040(a integer, b integer DEFAULT 40) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 6 + b $$;

CREATE FUNCTION fn.f041(p_name text) RETURNS text
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-41';
    END IF;
    RETURN upper(p_name) || '-41';
END;
$$;

CREATE FUNCTION fn.f042(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 52
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f043(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f044(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 1.44, 2);

CREATE FUNCTION fn.f045(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f046(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'u') $$;

CREATE FUNCTION fn.f047(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #47', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f048(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '48', p.v + 48)::fn.pair $$;

CREATE FUNCTION fn.f049() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f049');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f050(a integer, b integer DEFAULT 50) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 2 + b $$;

CREATE FUNCTION fn.f051(p_name text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-51';
    END IF;
    RETURN upper(p_name) || '-51';
END;
$$;

CREATE FUNCTION fn.f052(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 62
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f053(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f054(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 1.54, 2);

CREATE FUNCTION fn.f055(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f056(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'e') $$;

CREATE FUNCTION fn.f057(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #57', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f058(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '58', p.v + 58)::fn.pair $$;

CREATE FUNCTION fn.f059() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f059');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f060(a integer, b integer DEFAULT 60) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 5 + b $$;

CREATE FUNCTION fn.f061(p_name text) RETURNS text
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-61';
    END IF;
    RETURN upper(p_name) || '-61';
END;
$$;

CREATE FUNCTION fn.f062(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 72
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f063(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f064(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 1.64, 2);

CREATE FUNCTION fn.f065(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f066(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'o') $$;

CREATE FUNCTION fn.f067(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #67', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f068(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '68', p.v + 68)::fn.pair $$;

CREATE FUNCTION fn.f069() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f069');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f070(a integer, b integer DEFAULT 70) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 1 + b $$;

CREATE FUNCTION fn.f071(p_name text) RETURNS text
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-71';
    END IF;
    RETURN upper(p_name) || '-71';
END;
$$;

CREATE FUNCTION fn.f072(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 82
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f073(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f074(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 1.74, 2);

CREATE FUNCTION fn.f075(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f076(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'y') $$;

CREATE FUNCTION fn.f077(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #77', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f078(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '78', p.v + 78)::fn.pair $$;

CREATE FUNCTION fn.f079() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f079');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f080(a integer, b integer DEFAULT 80) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 4 + b $$;

CREATE FUNCTION fn.f081(p_name text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-81';
    END IF;
    RETURN upper(p_name) || '-81';
END;
$$;

CREATE FUNCTION fn.f082(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 92
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f083(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f084(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 1.84, 2);

CREATE FUNCTION fn.f085(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f086(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'i') $$;

CREATE FUNCTION fn.f087(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #87', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f088(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '88', p.v + 88)::fn.pair $$;

CREATE FUNCTION fn.f089() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f089');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f090(a integer, b integer DEFAULT 90) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 7 + b $$;

CREATE FUNCTION fn.f091(p_name text) RETURNS text
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-91';
    END IF;
    RETURN upper(p_name) || '-91';
END;
$$;

CREATE FUNCTION fn.f092(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 102
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f093(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f094(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 1.94, 2);

CREATE FUNCTION fn.f095(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f096(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 's') $$;

CREATE FUNCTION fn.f097(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #97', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f098(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '98', p.v + 98)::fn.pair $$;

CREATE FUNCTION fn.f099() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f099');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f100(a integer, b integer DEFAULT 100) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 3 + b $$;

CREATE FUNCTION fn.f101(p_name text) RETURNS text
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-101';
    END IF;
    RETURN upper(p_name) || '-101';
END;
$$;

CREATE FUNCTION fn.f102(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 112
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f103(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f104(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 2.04, 2);

CREATE FUNCTION fn.f105(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f106(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'c') $$;

CREATE FUNCTION fn.f107(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #107', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f108(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '108', p.v + 108)::fn.pair $$;

CREATE FUNCTION fn.f109() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f109');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f110(a integer, b integer DEFAULT 110) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 6 + b $$;

CREATE FUNCTION fn.f111(p_name text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-111';
    END IF;
    RETURN upper(p_name) || '-111';
END;
$$;

CREATE FUNCTION fn.f112(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 122
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f113(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f114(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 2.14, 2);

CREATE FUNCTION fn.f115(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f116(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'm') $$;

CREATE FUNCTION fn.f117(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #117', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f118(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '118', p.v + 118)::fn.pair $$;

CREATE FUNCTION fn.f119() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f119');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f120(a integer, b integer DEFAULT 120) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 2 + b $$;

CREATE FUNCTION fn.f121(p_name text) RETURNS text
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-121';
    END IF;
    RETURN upper(p_name) || '-121';
END;
$$;

CREATE FUNCTION fn.f122(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 132
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f123(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f124(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 2.24, 2);

CREATE FUNCTION fn.f125(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f126(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'w') $$;

CREATE FUNCTION fn.f127(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #127', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f128(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '128', p.v + 128)::fn.pair $$;

CREATE FUNCTION fn.f129() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f129');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f130(a integer, b integer DEFAULT 130) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 5 + b $$;

CREATE FUNCTION fn.f131(p_name text) RETURNS text
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-131';
    END IF;
    RETURN upper(p_name) || '-131';
END;
$$;

CREATE FUNCTION fn.f132(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 142
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f133(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f134(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 2.34, 2);

CREATE FUNCTION fn.f135(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f136(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'g') $$;

CREATE FUNCTION fn.f137(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #137', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f138(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '138', p.v + 138)::fn.pair $$;

CREATE FUNCTION fn.f139() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f139');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f140(a integer, b integer DEFAULT 140) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 1 + b $$;

CREATE FUNCTION fn.f141(p_name text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-141';
    END IF;
    RETURN upper(p_name) || '-141';
END;
$$;

CREATE FUNCTION fn.f142(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 152
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f143(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f144(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 2.44, 2);

CREATE FUNCTION fn.f145(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f146(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'q') $$;

CREATE FUNCTION fn.f147(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #147', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f148(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '148', p.v + 148)::fn.pair $$;

CREATE FUNCTION fn.f149() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f149');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f150(a integer, b integer DEFAULT 150) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 4 + b $$;

CREATE FUNCTION fn.f151(p_name text) RETURNS text
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-151';
    END IF;
    RETURN upper(p_name) || '-151';
END;
$$;

CREATE FUNCTION fn.f152(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 162
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f153(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f154(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 2.54, 2);

CREATE FUNCTION fn.f155(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f156(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'a') $$;

CREATE FUNCTION fn.f157(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #157', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f158(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '158', p.v + 158)::fn.pair $$;

CREATE FUNCTION fn.f159() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f159');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f160(a integer, b integer DEFAULT 160) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 7 + b $$;

CREATE FUNCTION fn.f161(p_name text) RETURNS text
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-161';
    END IF;
    RETURN upper(p_name) || '-161';
END;
$$;

CREATE FUNCTION fn.f162(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 172
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f163(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f164(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 2.64, 2);

CREATE FUNCTION fn.f165(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f166(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'k') $$;

CREATE FUNCTION fn.f167(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #167', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f168(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '168', p.v + 168)::fn.pair $$;

CREATE FUNCTION fn.f169() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f169');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f170(a integer, b integer DEFAULT 170) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 3 + b $$;

CREATE FUNCTION fn.f171(p_name text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-171';
    END IF;
    RETURN upper(p_name) || '-171';
END;
$$;

CREATE FUNCTION fn.f172(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 182
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f173(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f174(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 2.74, 2);

CREATE FUNCTION fn.f175(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f176(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'u') $$;

CREATE FUNCTION fn.f177(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #177', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f178(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '178', p.v + 178)::fn.pair $$;

CREATE FUNCTION fn.f179() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f179');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f180(a integer, b integer DEFAULT 180) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 6 + b $$;

CREATE FUNCTION fn.f181(p_name text) RETURNS text
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-181';
    END IF;
    RETURN upper(p_name) || '-181';
END;
$$;

CREATE FUNCTION fn.f182(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 192
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f183(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f184(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 2.84, 2);

CREATE FUNCTION fn.f185(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f186(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'e') $$;

CREATE FUNCTION fn.f187(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #187', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f188(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '188', p.v + 188)::fn.pair $$;

CREATE FUNCTION fn.f189() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f189');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f190(a integer, b integer DEFAULT 190) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * 2 + b $$;

CREATE FUNCTION fn.f191(p_name text) RETURNS text
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    IF p_name IS NULL THEN
        RETURN 'anonymous-191';
    END IF;
    RETURN upper(p_name) || '-191';
END;
$$;

CREATE FUNCTION fn.f192(p_min numeric) RETURNS SETOF fn.items
    LANGUAGE sql STABLE ROWS 202
    AS $$ SELECT * FROM fn.items WHERE price >= p_min ORDER BY id $$;

CREATE FUNCTION fn.f193(p_id bigint, OUT item_name text, OUT item_price numeric)
    LANGUAGE plpgsql STABLE STRICT
    AS $$ BEGIN SELECT name, price INTO item_name, item_price FROM fn.items WHERE id = p_id; END; $$;

CREATE FUNCTION fn.f194(x numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN round(x * 2.94, 2);

CREATE FUNCTION fn.f195(l fn.level) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM fn.items WHERE lvl >= l;
END;

CREATE FUNCTION fn.f196(VARIADIC parts text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(parts, 'o') $$;

CREATE FUNCTION fn.f197(p_limit integer DEFAULT 10) RETURNS TABLE (id bigint, label text, total numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
    RETURN QUERY SELECT i.id, i.name || ' #197', i.price FROM fn.items i ORDER BY i.price DESC LIMIT p_limit;
END;
$$;

CREATE FUNCTION fn.f198(p fn.pair) RETURNS fn.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(p.k || '198', p.v + 198)::fn.pair $$;

CREATE FUNCTION fn.f199() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := trim(NEW.name);
    NEW.tags := array_append(NEW.tags, 'f199');
    RETURN NEW;
END;
$$;

CREATE FUNCTION fn.f000(a numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT a $$;

CREATE FUNCTION fn.f000(a text, b text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT a || b $$;

CREATE TRIGGER items_f009 BEFORE INSERT OR UPDATE ON fn.items FOR EACH ROW EXECUTE FUNCTION fn.f009();

CREATE TRIGGER items_f059 BEFORE INSERT OR UPDATE ON fn.items FOR EACH ROW EXECUTE FUNCTION fn.f059();

CREATE TRIGGER items_f109 BEFORE INSERT OR UPDATE ON fn.items FOR EACH ROW EXECUTE FUNCTION fn.f109();

CREATE TRIGGER items_f159 BEFORE INSERT OR UPDATE ON fn.items FOR EACH ROW EXECUTE FUNCTION fn.f159();

REVOKE EXECUTE ON FUNCTION fn.f000(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fn.f000(integer, integer) TO authenticated;
REVOKE EXECUTE ON FUNCTION fn.f020(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fn.f020(integer, integer) TO authenticated;
REVOKE EXECUTE ON FUNCTION fn.f040(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fn.f040(integer, integer) TO authenticated;
REVOKE EXECUTE ON FUNCTION fn.f060(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fn.f060(integer, integer) TO authenticated;
REVOKE EXECUTE ON FUNCTION fn.f080(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fn.f080(integer, integer) TO authenticated;
REVOKE EXECUTE ON FUNCTION fn.f100(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fn.f100(integer, integer) TO authenticated;
REVOKE EXECUTE ON FUNCTION fn.f120(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fn.f120(integer, integer) TO authenticated;
REVOKE EXECUTE ON FUNCTION fn.f140(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fn.f140(integer, integer) TO authenticated;
REVOKE EXECUTE ON FUNCTION fn.f160(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fn.f160(integer, integer) TO authenticated;
REVOKE EXECUTE ON FUNCTION fn.f180(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fn.f180(integer, integer) TO authenticated;

REVOKE ALL ON FUNCTION fn.f007(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fn.f007(integer) TO service_role;
REVOKE ALL ON FUNCTION fn.f047(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fn.f047(integer) TO service_role;
REVOKE ALL ON FUNCTION fn.f087(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fn.f087(integer) TO service_role;
REVOKE ALL ON FUNCTION fn.f127(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fn.f127(integer) TO service_role;
REVOKE ALL ON FUNCTION fn.f167(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fn.f167(integer) TO service_role;

COMMENT ON FUNCTION fn.f001(text) IS 'normalises a name, variant 1';
COMMENT ON FUNCTION fn.f031(text) IS 'normalises a name, variant 31';
COMMENT ON FUNCTION fn.f061(text) IS 'normalises a name, variant 61';
COMMENT ON FUNCTION fn.f091(text) IS 'normalises a name, variant 91';
COMMENT ON FUNCTION fn.f121(text) IS 'normalises a name, variant 121';
COMMENT ON FUNCTION fn.f151(text) IS 'normalises a name, variant 151';
COMMENT ON FUNCTION fn.f181(text) IS 'normalises a name, variant 181';

CREATE VIEW fn.items_priced AS SELECT id, fn.f004(price) AS adjusted, fn.f001(name) AS shout FROM fn.items;
