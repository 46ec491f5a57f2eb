-- Atlas column-interval.txt / column-bit.txt: interval fields and precision, bit and bit varying lengths changed on existing columns.
CREATE TABLE public.logs (a interval(2) NOT NULL DEFAULT '4 hours', c interval minute to second NOT NULL, e interval day to second(2), b1 bit(1), b2 bit varying(4), b3 bit varying(64));
