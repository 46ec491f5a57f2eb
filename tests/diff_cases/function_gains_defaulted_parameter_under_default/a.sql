-- A function gains a parameter with a default (another signature: a new overload) while a
-- column default calls it without arguments: with both overloads there the call is ambiguous
-- ("function ... is not unique"), so the old one goes in the drop phase, the default around it.
CREATE FUNCTION public.next_code(prefix text DEFAULT 'A') RETURNS text LANGUAGE sql AS $$ SELECT prefix || '1' $$;
CREATE TABLE public.vouchers (id int PRIMARY KEY, code text DEFAULT public.next_code());
INSERT INTO public.vouchers (id) VALUES (1);
