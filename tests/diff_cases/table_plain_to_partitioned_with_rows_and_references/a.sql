-- An events table that grew is partitioned by month, as apps do: rows kept, its identity, RLS
-- policy and trigger kept, and another table's foreign key still pointing at its rows.
CREATE TABLE public.events (
    id bigint GENERATED ALWAYS AS IDENTITY,
    kind text NOT NULL CHECK (kind <> ''),
    at timestamptz NOT NULL DEFAULT now(),
    payload jsonb,
    PRIMARY KEY (id, at)
);
CREATE INDEX events_kind_idx ON public.events (kind, at DESC);
ALTER TABLE public.events ENABLE ROW LEVEL SECURITY;
CREATE POLICY events_read ON public.events FOR SELECT USING (kind <> 'secret');
CREATE FUNCTION public.events_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.payload := coalesce(NEW.payload, '{}'); RETURN NEW; END $$;
CREATE TRIGGER events_stamp BEFORE INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.events_stamp();
CREATE TABLE public.event_alerts (
    id serial PRIMARY KEY,
    event_id bigint NOT NULL,
    event_at timestamptz NOT NULL,
    FOREIGN KEY (event_id, event_at) REFERENCES public.events (id, at) ON DELETE CASCADE
);
INSERT INTO public.events (kind, at) VALUES ('login', '2025-01-05'), ('logout', '2025-02-07');
INSERT INTO public.event_alerts (event_id, event_at) SELECT id, at FROM public.events;
