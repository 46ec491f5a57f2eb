-- min_version: 14
-- pg_trgm, citext and moddatetime installed in public, used by columns, indexes, a domain, a check, a view, a policy, a function and a trigger.
CREATE SCHEMA IF NOT EXISTS extensions;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS moddatetime WITH SCHEMA public;

CREATE DOMAIN public.handle AS public.citext CHECK (length(VALUE::text) BETWEEN 3 AND 30);

CREATE TABLE public.profiles (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email public.citext NOT NULL UNIQUE,
    username public.handle NOT NULL,
    aliases public.citext[] NOT NULL DEFAULT '{}',
    bio text,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT profiles_email_not_admin CHECK (email <> 'admin@example.com'::public.citext)
);
CREATE INDEX profiles_username_trgm ON public.profiles USING gin ((username::text) public.gin_trgm_ops);
CREATE INDEX profiles_bio_trgm ON public.profiles USING gist (bio public.gist_trgm_ops(siglen = 64));
ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY profiles_by_email ON public.profiles FOR SELECT
    USING (email = (current_setting('app.email', true))::public.citext);

CREATE TRIGGER profiles_touch BEFORE UPDATE ON public.profiles
    FOR EACH ROW EXECUTE FUNCTION public.moddatetime(updated_at);

CREATE VIEW public.profile_search AS
    SELECT id, username, public.similarity(bio, 'postgres') AS score FROM public.profiles;

CREATE FUNCTION public.profile_by_email(e public.citext) RETURNS SETOF public.profiles
    LANGUAGE sql STABLE
    BEGIN ATOMIC
        SELECT * FROM public.profiles WHERE email = e;
    END;

CREATE FUNCTION public.fuzzy_profiles(q text) RETURNS SETOF public.profiles
    LANGUAGE plpgsql STABLE SET search_path = public, extensions
    AS $$ BEGIN RETURN QUERY SELECT * FROM profiles WHERE bio % q; END $$;
