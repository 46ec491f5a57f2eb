-- Reserved and non-reserved keywords as names: tables "user", "order", "group", columns "from"/"to"/"limit"/"default", a type "type", function "select".
CREATE TABLE public."user" (
    id integer PRIMARY KEY,
    "name" text,
    "default" boolean DEFAULT false,
    "check" text,
    "primary" boolean
);

CREATE TABLE public."order" (
    id integer PRIMARY KEY,
    "user" integer REFERENCES public."user"(id),
    "from" date,
    "to" date,
    "limit" integer,
    "offset" integer,
    "order" integer,
    "desc" text,
    "column" text,
    value text,
    "position" integer,
    CONSTRAINT "order_check" CHECK ("from" <= "to")
);

CREATE TABLE public."group" ("table" text PRIMARY KEY, "all" boolean);

CREATE TYPE public."type" AS ENUM ('select', 'from', 'where');

CREATE TABLE public.comment (
    id integer PRIMARY KEY,
    "type" public."type",
    "time" time,
    "timestamp" timestamp,
    "date" date,
    "text" text,
    "json" jsonb
);

CREATE INDEX "index" ON public."order" ("limit", "offset");

CREATE FUNCTION public."select"("from" integer, "to" integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT "to" - "from" $$;

CREATE VIEW public."view" AS SELECT "from", "to", public."select"("limit", "offset") AS "where" FROM public."order";
