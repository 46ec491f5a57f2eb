-- A table's row type is another table's column type while the table is rebuilt with its rows (its columns move).
CREATE TABLE public.address (street text NOT NULL, city text, zip text);
CREATE TABLE public.customer (id int PRIMARY KEY, home public.address, note text);
INSERT INTO public.address VALUES ('Elm St', 'Ogdenville', '999');
INSERT INTO public.customer VALUES (1, ROW('Main St', 'Springfield', '12345'), 'x'), (2, NULL, NULL);
