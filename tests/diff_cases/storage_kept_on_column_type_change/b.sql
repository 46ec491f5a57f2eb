-- min_version: 14
-- Columns keep a non-default storage (and compression) while their type changes: ALTER COLUMN TYPE puts both back to the new type's own, so the plan must set them again.
CREATE TABLE public.docs (
    id bigint PRIMARY KEY,
    title varchar(40),
    body varchar(200),
    tags bigint[]
);
ALTER TABLE public.docs ALTER COLUMN title SET STORAGE EXTERNAL;
ALTER TABLE public.docs ALTER COLUMN title SET COMPRESSION pglz;
ALTER TABLE public.docs ALTER COLUMN body SET STORAGE EXTERNAL;
CREATE TABLE public.events (id int NOT NULL, note varchar(40)) PARTITION BY RANGE (id);
CREATE TABLE public.events_1 PARTITION OF public.events FOR VALUES FROM (0) TO (100);
ALTER TABLE public.events ALTER COLUMN note SET STORAGE EXTERNAL;
