-- Sequence ownership changes: owned by one column -> another table's column, unowned -> owned, owned -> none.

CREATE TABLE public.a (id integer, code integer);
CREATE TABLE public.b (id integer);
CREATE SEQUENCE public.shared_seq OWNED BY public.b.id;
CREATE SEQUENCE public.free_seq OWNED BY public.a.code;
CREATE SEQUENCE public.leaving_seq;
