-- A view gains columns at the end (CREATE OR REPLACE VIEW works) while another view depends on it.

CREATE TABLE public.users (id integer PRIMARY KEY, email text, name text, created_at timestamptz);
CREATE VIEW public.user_list AS SELECT id, email FROM public.users;
CREATE VIEW public.user_emails AS SELECT email FROM public.user_list;
