-- pg-delta corpus dependencies-cycles--replace-table-rowtype-fn-check: a table whose CHECK calls a function over its row type becomes partitioned while the function and CHECK go.
CREATE TABLE public.bookings (
  id integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'pending'
) PARTITION BY RANGE (id);

CREATE TABLE public.bookings_default PARTITION OF public.bookings DEFAULT;
