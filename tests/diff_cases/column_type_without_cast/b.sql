-- A column's type changed between types PostgreSQL has no cast for (bigint and timestamp): converted through text, which any type reads from.

CREATE TABLE public.events (id int PRIMARY KEY, happened_at bigint, score numeric(6,2));
