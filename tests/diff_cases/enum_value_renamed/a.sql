-- An enum value renamed (ALTER TYPE ... RENAME VALUE) with a default referring to it.

CREATE TYPE public.role AS ENUM ('admin', 'user', 'guest');
CREATE TABLE public.members (id integer PRIMARY KEY, role public.role NOT NULL DEFAULT 'user');
