-- Session helpers move to another schema (graphile/starter's current_user_id to app_hidden): a column default, policies, a trigger WHEN and SQL callers follow them.

CREATE SCHEMA app_hidden;
CREATE TABLE public.sessions (
  uuid uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  user_id uuid NOT NULL
);
CREATE FUNCTION public.current_session_id() RETURNS uuid AS $$
  select nullif(pg_catalog.current_setting('jwt.claims.session_id', true), '')::uuid;
$$ LANGUAGE sql STABLE;
CREATE FUNCTION public.current_user_id() RETURNS uuid AS $$
  select user_id from public.sessions where uuid = public.current_session_id();
$$ LANGUAGE sql STABLE SECURITY DEFINER SET search_path TO pg_catalog, public, pg_temp;
COMMENT ON FUNCTION public.current_user_id() IS
  E'Handy method to get the current user ID for use in RLS policies, etc.';
REVOKE ALL ON FUNCTION public.current_user_id() FROM PUBLIC;

CREATE TABLE public.users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE
);
ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;
CREATE POLICY select_all ON public.users FOR SELECT USING (true);
CREATE POLICY update_self ON public.users FOR UPDATE USING (id = public.current_user_id());

CREATE TABLE public.user_emails (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL DEFAULT public.current_user_id() REFERENCES public.users ON DELETE CASCADE,
  email text NOT NULL
);
ALTER TABLE public.user_emails ENABLE ROW LEVEL SECURITY;
CREATE POLICY select_own ON public.user_emails FOR SELECT USING (user_id = public.current_user_id());
CREATE POLICY insert_own ON public.user_emails FOR INSERT WITH CHECK (user_id = public.current_user_id());

CREATE FUNCTION public.tg_users__deletion_checks() RETURNS trigger AS $$
begin
  return old;
end;
$$ LANGUAGE plpgsql;
CREATE TRIGGER _500_deletion_checks
  BEFORE DELETE ON public.users
  FOR EACH ROW
  WHEN (public.current_user_id() IS NOT NULL)
  EXECUTE PROCEDURE public.tg_users__deletion_checks();

CREATE FUNCTION public."current_user"() RETURNS public.users AS $$
  select users.* from public.users where id = public.current_user_id();
$$ LANGUAGE sql STABLE;
