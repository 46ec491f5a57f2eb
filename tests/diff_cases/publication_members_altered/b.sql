CREATE SCHEMA audit;
CREATE TABLE audit.events (id bigint PRIMARY KEY, kind text);
CREATE TABLE public.messages (id bigint PRIMARY KEY, room_id bigint, body text, deleted boolean DEFAULT false);
CREATE TABLE public.rooms (id bigint PRIMARY KEY, name text);
CREATE TABLE public.presence (user_id uuid PRIMARY KEY, seen_at timestamptz);
CREATE PUBLICATION realtime FOR TABLE public.messages (id, room_id, body, deleted), public.presence WITH (publish = 'insert, update, delete', publish_via_partition_root = true);
CREATE PUBLICATION everything FOR TABLE public.rooms;
CREATE PUBLICATION small FOR TABLE public.presence WHERE (seen_at IS NOT NULL);
COMMENT ON PUBLICATION realtime IS 'what the clients subscribe to';
