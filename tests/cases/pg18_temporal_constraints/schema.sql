-- min_version: 18
-- PostgreSQL 18 temporal keys: PRIMARY KEY/UNIQUE ... WITHOUT OVERLAPS and FOREIGN KEY ... PERIOD (btree_gist).
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE public.room_rates (
    room_id integer NOT NULL,
    valid_at daterange NOT NULL,
    rate numeric(10,2) NOT NULL,
    CONSTRAINT room_rates_pkey PRIMARY KEY (room_id, valid_at WITHOUT OVERLAPS)
);

CREATE TABLE public.reservations (
    id integer NOT NULL,
    room_id integer NOT NULL,
    stay daterange NOT NULL,
    CONSTRAINT reservations_uniq UNIQUE (id, stay WITHOUT OVERLAPS),
    CONSTRAINT reservations_rate_fkey FOREIGN KEY (room_id, PERIOD stay) REFERENCES public.room_rates (room_id, PERIOD valid_at)
);
