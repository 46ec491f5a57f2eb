-- min_version: 14
-- A column with a non-default storage becomes integer (storage back to the type's own): the type change alone resets it; naming the old type's default storage afterwards (SET STORAGE EXTENDED before PostgreSQL 16) is refused for integer.
CREATE TABLE public.counters (
    id bigint PRIMARY KEY,
    hits text,
    label text
);
ALTER TABLE public.counters ALTER COLUMN hits SET STORAGE MAIN;
ALTER TABLE public.counters ALTER COLUMN label SET COMPRESSION pglz;
