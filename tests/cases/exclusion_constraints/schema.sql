-- Exclusion constraints: btree_gist room bookings with tstzrange &&, a partial (WHERE) exclusion, a deferrable one,
-- one with index storage parameters (pg_get_constraintdef prints its WITH itself).
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE public.rooms (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE public.bookings (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    room_id integer NOT NULL REFERENCES public.rooms(id),
    during tstzrange NOT NULL,
    cancelled boolean NOT NULL DEFAULT false,
    CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (NOT cancelled)
);

CREATE TABLE public.price_periods (
    product_id integer NOT NULL,
    valid daterange NOT NULL,
    price numeric(12,2) NOT NULL,
    CONSTRAINT price_periods_excl EXCLUDE USING gist (product_id WITH =, valid WITH &&) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE public.shifts (
    worker_id integer NOT NULL,
    during tstzrange NOT NULL,
    CONSTRAINT shifts_no_overlap EXCLUDE USING gist (worker_id WITH =, during WITH &&) WITH (fillfactor = 90)
);

CREATE TABLE public.circles (
    c circle,
    EXCLUDE USING gist (c WITH &&)
);
