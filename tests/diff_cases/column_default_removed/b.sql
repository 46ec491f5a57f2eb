-- Column defaults removed (including a nextval default of a sequence that stays) and one added.

CREATE SEQUENCE public.ref_seq;
CREATE TABLE public.tickets (
    id integer PRIMARY KEY,
    ref bigint,
    status text,
    priority integer DEFAULT 3
);
