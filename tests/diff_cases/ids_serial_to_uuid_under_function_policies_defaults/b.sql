-- An app's ids go from serial to uuid (graphile/starter's switch): keys and references retype while the function returning the user id, and the policies and default calling it, change with them.

CREATE TABLE public.users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE public.sessions (
  uuid uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES public.users ON DELETE CASCADE
);
CREATE INDEX ON public.sessions (user_id);

CREATE FUNCTION public.current_user_id() RETURNS uuid AS $$
  select user_id from public.sessions where uuid = nullif(pg_catalog.current_setting('jwt.claims.session_id', true), '')::uuid;
$$ LANGUAGE sql STABLE SECURITY DEFINER SET search_path TO pg_catalog, public, pg_temp;

ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;
CREATE POLICY update_self ON public.users FOR UPDATE USING (id = public.current_user_id());

CREATE TABLE public.user_emails (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL DEFAULT public.current_user_id() REFERENCES public.users ON DELETE CASCADE,
  email text NOT NULL,
  CONSTRAINT user_emails_user_id_email_key UNIQUE (user_id, email)
);
ALTER TABLE public.user_emails ENABLE ROW LEVEL SECURITY;
CREATE POLICY select_own ON public.user_emails FOR SELECT USING (user_id = public.current_user_id());
CREATE UNIQUE INDEX uniq_user_emails_primary_email ON public.user_emails (user_id) WHERE (email IS NOT NULL);

CREATE TABLE public.user_email_secrets (
  user_email_id uuid PRIMARY KEY REFERENCES public.user_emails ON DELETE CASCADE,
  verification_token text
);

CREATE FUNCTION public.make_email_primary(email_id uuid) RETURNS public.user_emails AS $$
  select * from public.user_emails where id = email_id and user_id = public.current_user_id();
$$ LANGUAGE sql STRICT STABLE;
CREATE FUNCTION public.users_email_count(u public.users) RETURNS bigint AS $$
  select count(*) from public.user_emails where user_id = u.id;
$$ LANGUAGE sql STABLE;
