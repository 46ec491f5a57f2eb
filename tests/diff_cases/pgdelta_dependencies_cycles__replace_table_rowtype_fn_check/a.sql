-- pg-delta corpus dependencies-cycles--replace-table-rowtype-fn-check: a table whose CHECK calls a function over its row type becomes partitioned while the function and CHECK go.
CREATE TABLE public.bookings (
  id integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'pending'
);

CREATE FUNCTION public.booking_priority(b public.bookings)
RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT length(b.status)
$$;

ALTER TABLE public.bookings
  ADD CONSTRAINT bookings_priority_chk CHECK (public.booking_priority(bookings) >= 0);
