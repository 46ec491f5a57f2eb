-- A column retyped under rules (on its table, and on another table whose action reads it)
-- and a function whose parameter type changes under a domain's CHECK and default: PostgreSQL
-- refuses the ALTER COLUMN while a rule uses the column and DROP FUNCTION while the domain
-- does, so the rules go first and come back, and the domain lets go of the function first.
CREATE TABLE public.accounts (id int PRIMARY KEY, balance int);
CREATE TABLE public.audit (account int, balance int);
CREATE RULE accounts_frozen AS ON UPDATE TO public.accounts WHERE old.balance < 0 DO INSTEAD NOTHING;
CREATE RULE accounts_log AS ON DELETE TO public.audit DO ALSO UPDATE public.accounts SET balance = old.balance WHERE id = old.account;
CREATE FUNCTION public.positive(x int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT x > 0';
CREATE FUNCTION public.start_at(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x';
CREATE DOMAIN public.quantity AS int DEFAULT public.start_at(1) CHECK (public.positive(VALUE));
CREATE TABLE public.stock (item int PRIMARY KEY, qty public.quantity);
INSERT INTO public.accounts VALUES (1, 10);
INSERT INTO public.stock VALUES (1, 3);
