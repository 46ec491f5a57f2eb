-- pg-delta "table rename with SERIAL column converges": a renamed table keeps its serial sequence's and primary key's old names.

CREATE TABLE public.old_table (id serial PRIMARY KEY, name text);
ALTER TABLE public.old_table RENAME TO new_table;
