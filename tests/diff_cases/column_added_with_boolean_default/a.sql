-- A column added with a default the server prints as an IN list over ANY (a DEFAULT clause needs it in parentheses).
CREATE TABLE public.settings (
    id int PRIMARY KEY,
    region text NOT NULL DEFAULT 'eu'
);
