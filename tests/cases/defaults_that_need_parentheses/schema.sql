-- Defaults the server prints as expressions a DEFAULT clause cannot hold without parentheses (PostgreSQL's constraints regression test, error_tbl: DEFAULT (1 IN (1, 2))): IN, AND, IS NULL, LIKE, BETWEEN, COLLATE, AT TIME ZONE.
CREATE DOMAIN public.is_weekend AS boolean DEFAULT (extract(isodow FROM now()) IN (6, 7));

CREATE TABLE public.settings (
    id int PRIMARY KEY,
    region text NOT NULL DEFAULT 'eu',
    is_eu boolean DEFAULT (current_setting('app.region', true) IN ('eu', 'uk')),
    is_dev boolean DEFAULT (current_setting('app.env', true) IS NULL OR current_setting('app.env', true) LIKE 'dev%'),
    in_office_hours boolean DEFAULT (extract(hour FROM now()) BETWEEN 9 AND 17),
    sort_key text DEFAULT ('a' COLLATE "C"),
    local_noon timestamp DEFAULT ((date_trunc('day', now()) + interval '12 hours') AT TIME ZONE 'Europe/Paris'),
    weekend public.is_weekend
);

CREATE TYPE public.setting_row AS (id int, flag boolean);
CREATE TABLE public.typed_settings OF public.setting_row (flag WITH OPTIONS DEFAULT (1 IN (1, 2)));
