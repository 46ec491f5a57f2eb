-- Columns moved from one enum type to another (no cast between them: through text), with a default and an array.
CREATE TYPE public.status_v1 AS ENUM ('open', 'closed');
CREATE TYPE public.status_v2 AS ENUM ('open', 'closed', 'archived');
CREATE TABLE public.tickets (
    id integer PRIMARY KEY,
    status public.status_v2 NOT NULL DEFAULT 'open',
    history public.status_v2[] DEFAULT '{}'
);
