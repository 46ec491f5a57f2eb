-- pg-delta corpus dependencies-cycles--replace-table-rowtype-fn-kept: a table with an index over a function of its row type becomes partitioned; the function stays, the index goes.
CREATE TABLE public.bookings (
  id integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'pending'
) PARTITION BY RANGE (id);

CREATE TABLE public.bookings_default PARTITION OF public.bookings DEFAULT;

CREATE FUNCTION public.booking_priority(b public.bookings)
RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT length(b.status)
$$;
