-- citext extension: case-insensitive email/username columns with unique indexes and a citext domain.
CREATE EXTENSION IF NOT EXISTS citext;

CREATE DOMAIN public.email_address AS citext
    CONSTRAINT email_address_check CHECK (VALUE ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');

CREATE TABLE public.users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email public.email_address NOT NULL,
    username citext NOT NULL,
    nicknames citext[],
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_username_key UNIQUE (username)
);

CREATE UNIQUE INDEX users_email_idx ON public.users (email);
