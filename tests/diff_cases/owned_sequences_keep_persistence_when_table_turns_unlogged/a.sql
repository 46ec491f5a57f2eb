-- min_version: 15
-- Tables turn UNLOGGED / LOGGED while the sequences OWNED BY them keep their own persistence (ALTER TABLE SET … changes theirs too).
CREATE TABLE public.sessions (id bigint PRIMARY KEY, token text NOT NULL);
CREATE SEQUENCE public.sessions_seq OWNED BY public.sessions.id;
ALTER TABLE public.sessions ALTER COLUMN id SET DEFAULT nextval('public.sessions_seq');

CREATE UNLOGGED TABLE public.cache_entries (id bigint PRIMARY KEY, body jsonb);
CREATE UNLOGGED SEQUENCE public.cache_entries_seq OWNED BY public.cache_entries.id;
ALTER TABLE public.cache_entries ALTER COLUMN id SET DEFAULT nextval('public.cache_entries_seq');
