-- The range type loses its subtype_diff (rebuilt) and the function is dropped: only after the old copy.
CREATE TYPE public.r AS RANGE (subtype = int4);
CREATE TABLE public.t (x public.r);
