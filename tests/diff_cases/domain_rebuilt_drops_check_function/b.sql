-- The domain becomes bigint without the CHECK (rebuilt) and the function is dropped: only after the old copy.
CREATE DOMAIN public.d AS bigint;
CREATE TABLE public.t (x public.d);
