-- Quoted identifiers: spaces, capitals, embedded double quotes, unicode, dots, leading digits; in tables, columns, constraints, indexes, functions, types, schemas.
CREATE SCHEMA "My App";

CREATE TYPE "My App"."Status Kind" AS ENUM ('Ready', 'Not "Ready"');

CREATE TABLE "My App"."Ünïcode Tàble" (
    "Id" integer NOT NULL,
    "select" text,
    "weird""name" text,
    "with space" integer DEFAULT 0,
    "dot.ted" text,
    "1st" boolean,
    "ÄÖÜ" numeric,
    "Status" "My App"."Status Kind" DEFAULT 'Ready',
    lower_case text,
    CONSTRAINT "Ünïcode PK" PRIMARY KEY ("Id"),
    CONSTRAINT "check ""quotes""" CHECK ("with space" >= 0)
);

CREATE INDEX "idx on ""weird"" name" ON "My App"."Ünïcode Tàble" ("weird""name", "select");

CREATE TABLE public."UserAccounts" (
    "UserId" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    "EmailAddress" text NOT NULL,
    "CreatedAt" timestamptz DEFAULT now(),
    "tableRef" integer REFERENCES "My App"."Ünïcode Tàble" ("Id")
);

CREATE FUNCTION "My App"."Get Name"("Some Arg" text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT upper("Some Arg") $$;

CREATE VIEW "My App"."Vue ""Spéciale""" AS
    SELECT "Id" AS "ID", "My App"."Get Name"("select") AS "Upper Select" FROM "My App"."Ünïcode Tàble";

CREATE SEQUENCE public."Mixed_Seq";
COMMENT ON TABLE "My App"."Ünïcode Tàble" IS 'tàble with ünïcode';
