-- Names that differ only by case: tables users and "Users", columns id and "ID", functions f() and "F"(), schemas s and "S".
CREATE SCHEMA s;
CREATE SCHEMA "S";

CREATE TABLE public.users (id integer PRIMARY KEY, "ID" integer, "Id" text);
CREATE TABLE public."Users" (id integer PRIMARY KEY, users_id integer REFERENCES public.users(id));
CREATE TABLE s.t (id integer);
CREATE TABLE "S".t (id integer);

CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 1 $$;
CREATE FUNCTION public."F"() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 2 $$;

CREATE INDEX users_id_upper ON public.users ("ID");
CREATE INDEX "Users_id_upper" ON public."Users" (users_id);
