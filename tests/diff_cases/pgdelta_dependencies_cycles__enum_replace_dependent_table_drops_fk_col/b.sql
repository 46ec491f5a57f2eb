-- pg-delta corpus dependencies-cycles--enum-replace-dependent-table-drops-fk-col: an enum loses a value (rebuilt) while a table using it drops a middle foreign-key column.
CREATE TYPE public.item_status AS ENUM ('draft', 'published');

CREATE TABLE public.parents (
  id INTEGER PRIMARY KEY,
  label TEXT
);

CREATE TABLE public.children (
  id INTEGER PRIMARY KEY,
  status public.item_status,
  notes TEXT
);
