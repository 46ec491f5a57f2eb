-- Atlas table-partition.txt: a partitioned table's key and strategy change (LIST (a) -> RANGE (a, (b * (a % 2)))) while it has partitions, an index, a foreign key, a comment and a view over it.
CREATE TABLE public.ref (id int PRIMARY KEY);
CREATE TABLE public.logs (a integer NOT NULL, b integer NOT NULL, note text) PARTITION BY LIST (a);
CREATE TABLE public.logs_1 PARTITION OF public.logs FOR VALUES IN (1);
CREATE TABLE public.logs_2 PARTITION OF public.logs FOR VALUES IN (2, 3);
CREATE INDEX logs_b ON public.logs (b);
ALTER TABLE public.logs ADD CONSTRAINT logs_b_fk FOREIGN KEY (b) REFERENCES public.ref (id);
COMMENT ON TABLE public.logs IS 'logs';
CREATE VIEW public.logs_view AS SELECT a, b FROM public.logs;
