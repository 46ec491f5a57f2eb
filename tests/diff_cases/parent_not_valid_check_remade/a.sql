-- A partitioned table's CHECK changed and left NOT VALID (not checked against existing rows)
-- on the parent: the partitions' copies go with the old one and come back not valid, while the
-- source's partitions, made after the constraint, hold valid copies: they are validated.
CREATE TABLE public.payments (id int NOT NULL, amount numeric NOT NULL) PARTITION BY RANGE (id);
ALTER TABLE public.payments ADD CONSTRAINT payments_amount CHECK (amount > 1);
CREATE TABLE public.payments_1 PARTITION OF public.payments FOR VALUES FROM (0) TO (1000);
INSERT INTO public.payments VALUES (1, 5);
