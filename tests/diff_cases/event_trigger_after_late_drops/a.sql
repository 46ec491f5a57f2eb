-- A guard event trigger refusing all DDL is added while a collation is dropped: the drop runs late (after the build phase), so the guard must be created after it, not before.
CREATE COLLATION public.legacy_sort (LOCALE = 'C');
CREATE TABLE public.items (
    id bigint PRIMARY KEY,
    name text NOT NULL
);
