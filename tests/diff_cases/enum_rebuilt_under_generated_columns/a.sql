-- An enum value removed (a rebuild) under generated columns: one that compares the converted
-- column (PostgreSQL refuses ALTER TYPE of a column a generated column uses) and one of the
-- enum type itself in the middle of its table (no USING on a generated column: the table is
-- rebuilt to keep the column order).
CREATE TYPE public.ticket_state AS ENUM ('open', 'stale', 'closed');
CREATE TABLE public.tickets (
    id int PRIMARY KEY,
    state public.ticket_state NOT NULL DEFAULT 'open',
    is_closed boolean GENERATED ALWAYS AS (state = 'closed') STORED
);
CREATE TABLE public.ticket_events (
    id int PRIMARY KEY,
    ticket_id int REFERENCES public.tickets (id),
    state_seen public.ticket_state GENERATED ALWAYS AS ('open'::public.ticket_state) STORED,
    note text
);
CREATE INDEX tickets_closed ON public.tickets (id) WHERE is_closed;
INSERT INTO public.tickets (id, state) VALUES (1, 'open'), (2, 'closed');
INSERT INTO public.ticket_events (id, ticket_id, note) VALUES (1, 2, 'n');
