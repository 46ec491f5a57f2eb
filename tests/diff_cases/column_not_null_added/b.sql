-- NOT NULL added to existing columns (one with a default, one plain).

CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    locale text NOT NULL DEFAULT 'en'
);
