-- Atlas table-partition.txt: a partitioned table's key and strategy change (LIST (a) -> RANGE (a, (b * (a % 2)))) while it has partitions, an index, a foreign key, a comment and a view over it.
CREATE TABLE public.ref (id int PRIMARY KEY);
CREATE TABLE public.logs (a integer NOT NULL, b integer NOT NULL, note text) PARTITION BY RANGE (a, (b * (a % 2)));
CREATE TABLE public.logs_1 PARTITION OF public.logs FOR VALUES FROM (0, 0) TO (10, 0);
CREATE TABLE public.logs_2 PARTITION OF public.logs FOR VALUES FROM (10, 0) TO (20, 0);
CREATE INDEX logs_b ON public.logs (b);
ALTER TABLE public.logs ADD CONSTRAINT logs_b_fk FOREIGN KEY (b) REFERENCES public.ref (id);
COMMENT ON TABLE public.logs IS 'logs';
CREATE VIEW public.logs_view AS SELECT a, b FROM public.logs;
