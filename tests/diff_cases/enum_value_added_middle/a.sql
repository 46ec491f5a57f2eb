-- Enum values inserted in the middle and at the start (ADD VALUE BEFORE/AFTER), sort order must match.

CREATE TYPE public.status AS ENUM ('draft', 'published', 'archived');
CREATE TABLE public.posts (id integer PRIMARY KEY, status public.status NOT NULL DEFAULT 'draft');
