-- An exclusion constraint (btree_gist, tstzrange &&) is added to a bookings table; the extension arrives too.

CREATE TABLE public.bookings (
    id integer PRIMARY KEY,
    room integer NOT NULL,
    during tstzrange NOT NULL
);
