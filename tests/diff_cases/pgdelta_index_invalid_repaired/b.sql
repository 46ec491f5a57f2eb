-- pg-delta regression index-invalid-repair: an index left INVALID (as by a failed CREATE INDEX CONCURRENTLY); b.sql has it valid.
CREATE TABLE public.t (id integer PRIMARY KEY, v integer);
CREATE INDEX idx_t_v ON public.t (v);
