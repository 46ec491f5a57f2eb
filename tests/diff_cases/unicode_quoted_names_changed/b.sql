-- Quoted and unicode names change: a column "Prénom" added, "weird""name" dropped, a table "Ünïcode Tàble" gains an index with spaces in its name.

CREATE TABLE public."Ünïcode Tàble" (
    "Id" integer PRIMARY KEY,
    "select" text,
    "Prénom" varchar(80) DEFAULT 'Zoë'
);
CREATE INDEX "Ünïcode idx ""select""" ON public."Ünïcode Tàble" ("select", "Prénom");
CREATE TABLE public."Order Items" ("Order Id" integer REFERENCES public."Ünïcode Tàble" ("Id") ON DELETE CASCADE);
