-- Atlas index-type-brin.txt: index storage parameters added, changed and reset (BRIN pages_per_range, GIN fastupdate, btree fillfactor).
CREATE TABLE public.users (c int NOT NULL, tags text[], name text);
CREATE INDEX users_c ON public.users USING brin (c) WITH (pages_per_range = 2);
CREATE INDEX users_tags ON public.users USING gin (tags) WITH (fastupdate = on, gin_pending_list_limit = 128);
CREATE INDEX users_name ON public.users (name);
