-- Row level security enabled on one table (with a policy) and disabled on another (its policy stays).

CREATE TABLE public.notes (id integer PRIMARY KEY, owner text);
CREATE TABLE public.public_posts (id integer PRIMARY KEY);
ALTER TABLE public.public_posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY public_posts_read ON public.public_posts FOR SELECT USING (true);
