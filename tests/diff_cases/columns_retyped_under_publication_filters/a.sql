-- min_version: 15
-- Columns retyped in place, and converted for an enum rebuild, on tables a publication lists
-- with a column list or a row filter (Supabase Realtime with filters): PostgreSQL refuses to
-- retype a column the publication names ("cannot alter type of a column used by a publication
-- WHERE clause"), so the table leaves the publication and comes back with its filter after.
CREATE TYPE public.msg_kind AS ENUM ('text', 'image', 'system');
CREATE TABLE public.messages (id int PRIMARY KEY, room smallint NOT NULL, kind public.msg_kind, body varchar(500));
CREATE TABLE public.rooms (id int PRIMARY KEY, name varchar(80), members int);
CREATE TABLE public.audit (id int PRIMARY KEY, what text);
CREATE PUBLICATION app_realtime FOR TABLE public.messages (id, room, kind, body) WHERE (room > 0),
    public.rooms (id, name, members), public.audit;
