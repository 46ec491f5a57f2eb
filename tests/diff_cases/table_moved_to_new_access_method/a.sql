-- A table moved onto a table access method the plan creates (pg_dump's regress_table_am, heap's handler under another name), a comment on the method.
CREATE TABLE public.events (id bigint PRIMARY KEY, body text);
