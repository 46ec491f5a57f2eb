-- A parent's column type changes while the parent and its inheritance child keep different storages: the parent's ALTER COLUMN TYPE resets the child's too, so the child's own SET STORAGE must come after it, and the parent's must not reach the child.
CREATE TABLE public.readings (id bigint NOT NULL, payload varchar(400));
ALTER TABLE ONLY public.readings ALTER COLUMN payload SET STORAGE EXTERNAL;
CREATE TABLE public.archived_readings (note text) INHERITS (public.readings);
ALTER TABLE ONLY public.archived_readings ALTER COLUMN payload SET STORAGE MAIN;
