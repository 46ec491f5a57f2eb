-- min_version: 18
-- A last column that must be dropped and added again (a stored generated column becoming
-- virtual) while a new column is added after it: ALTER TABLE would append the new column
-- first and the re-added one after it, so the table is rebuilt to keep the source's order.
CREATE TABLE public.prices (
    id int PRIMARY KEY,
    net numeric NOT NULL,
    gross numeric GENERATED ALWAYS AS (net * 1.2) STORED
);
INSERT INTO public.prices (id, net) VALUES (1, 10);
