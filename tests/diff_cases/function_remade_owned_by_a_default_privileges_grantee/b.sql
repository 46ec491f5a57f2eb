-- Functions owned by service_role, which the default privileges (Supabase's, in public) grant
-- ALL on new functions, made again by the plan (return type changed, parameter renamed): the
-- REVOKEs undoing the applying role's defaults come before ALTER … OWNER TO, or they take the
-- new owner's own privileges.
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
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON FUNCTIONS TO anon, authenticated, service_role;

CREATE TABLE public.posts (id bigint PRIMARY KEY, slug text NOT NULL, content text);

CREATE FUNCTION public.slugify(p_input text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT lower(regexp_replace(btrim(p_input), '[^a-zA-Z0-9]+', '-', 'g')) $$;
ALTER FUNCTION public.slugify(text) OWNER TO service_role;
REVOKE EXECUTE ON FUNCTION public.slugify(text) FROM PUBLIC, anon;
CREATE INDEX posts_slugify_idx ON public.posts (public.slugify(content));

CREATE FUNCTION public.post_count(p_author text) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM public.posts WHERE slug LIKE p_author || '%' $$;
ALTER FUNCTION public.post_count(text) OWNER TO service_role;
