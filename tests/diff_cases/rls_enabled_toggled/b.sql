-- Row level security enabled on one table (with a policy) and disabled on another (its policy stays).

CREATE TABLE public.notes (id integer PRIMARY KEY, owner text);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON public.notes USING (owner = current_user);
CREATE TABLE public.public_posts (id integer PRIMARY KEY);
CREATE POLICY public_posts_read ON public.public_posts FOR SELECT USING (true);
