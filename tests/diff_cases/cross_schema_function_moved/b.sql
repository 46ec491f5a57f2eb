-- A helper function moves from public to a private schema; the policy and check that call it must follow.

CREATE SCHEMA private;
CREATE FUNCTION private.is_admin() RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT current_setting('app.admin', true) = 'on' $$;
CREATE TABLE public.settings (id integer PRIMARY KEY, value text);
ALTER TABLE public.settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY settings_admin ON public.settings USING (private.is_admin());
