-- min_version: 15
-- A chat app's realtime publications: b.sql changes one's options, gives a table a column list
-- instead of a row filter, drops a member table and a schema (column lists and schemas cannot
-- be mixed), adds another table; another one stops being FOR ALL TABLES; a third gains a row
-- filter.  Altered in place where PostgreSQL allows it.
CREATE SCHEMA audit;
CREATE TABLE audit.events (id bigint PRIMARY KEY, kind text);
CREATE TABLE public.messages (id bigint PRIMARY KEY, room_id bigint, body text, deleted boolean DEFAULT false);
CREATE TABLE public.rooms (id bigint PRIMARY KEY, name text);
CREATE TABLE public.presence (user_id uuid PRIMARY KEY, seen_at timestamptz);
CREATE PUBLICATION realtime FOR TABLE public.messages WHERE (NOT deleted), public.rooms, TABLES IN SCHEMA audit;
CREATE PUBLICATION everything FOR ALL TABLES WITH (publish = 'insert');
CREATE PUBLICATION small FOR TABLE public.presence;
COMMENT ON PUBLICATION realtime IS 'what the clients subscribe to';
