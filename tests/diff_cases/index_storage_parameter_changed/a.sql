-- Atlas index-type-brin.txt: index storage parameters added, changed and reset (BRIN pages_per_range, GIN fastupdate, btree fillfactor).
CREATE TABLE public.users (c int NOT NULL, tags text[], name text);
CREATE INDEX users_c ON public.users USING brin (c);
CREATE INDEX users_tags ON public.users USING gin (tags) WITH (fastupdate = off);
CREATE INDEX users_name ON public.users (name) WITH (fillfactor = 70);
