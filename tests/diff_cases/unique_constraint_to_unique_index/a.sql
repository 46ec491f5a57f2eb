-- A UNIQUE constraint becomes a (case-insensitive) unique expression index; same name reused.

CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email)
);
