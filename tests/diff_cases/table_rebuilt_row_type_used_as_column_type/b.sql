-- A table's row type is another table's column type while the table is rebuilt with its rows (its columns move).
CREATE TABLE public.address (street text NOT NULL, zip text, city text);
CREATE TABLE public.customer (id int PRIMARY KEY, home public.address, note text);
