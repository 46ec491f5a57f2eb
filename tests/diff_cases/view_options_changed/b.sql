-- min_version: 15
-- View options changed: security_invoker turned on, security_barrier turned off, WITH CHECK OPTION added.

CREATE TABLE public.docs (id integer PRIMARY KEY, owner text, public boolean);
CREATE VIEW public.my_docs WITH (security_invoker = true) AS SELECT id, owner FROM public.docs WHERE owner = current_user;
CREATE VIEW public.public_docs AS SELECT id, owner, public FROM public.docs WHERE public WITH CASCADED CHECK OPTION;
