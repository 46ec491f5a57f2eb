-- An exclusion constraint (btree_gist, tstzrange &&) is added to a bookings table; the extension arrives too.

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE public.bookings (
    id integer PRIMARY KEY,
    room integer NOT NULL,
    during tstzrange NOT NULL,
    CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)
);
