-- FOR ALL TABLES publication (superuser only), e.g. Supabase realtime-like setup, plus a table with REPLICA IDENTITY FULL.
CREATE TABLE public.messages (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    room text NOT NULL,
    body text NOT NULL
);
ALTER TABLE public.messages REPLICA IDENTITY FULL;

CREATE TABLE public.rooms (
    name text NOT NULL,
    topic text
);
CREATE UNIQUE INDEX rooms_name_idx ON public.rooms (name);
ALTER TABLE public.rooms ALTER COLUMN name SET NOT NULL;
ALTER TABLE public.rooms REPLICA IDENTITY USING INDEX rooms_name_idx;

CREATE PUBLICATION realtime FOR ALL TABLES WITH (publish = 'insert, update, delete');
