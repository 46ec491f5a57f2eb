-- serial, bigserial and smallserial columns (sequence OWNED BY the column, nextval default).
CREATE TABLE public.legacy_users (
    id serial PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE public.legacy_events (
    id bigserial PRIMARY KEY,
    user_id integer REFERENCES public.legacy_users(id) ON DELETE CASCADE,
    seq smallserial,
    body text
);
