-- Atlas column-interval.txt / column-bit.txt: interval fields and precision, bit and bit varying lengths changed on existing columns.
CREATE TABLE public.logs (a interval NOT NULL DEFAULT '3 hours', c interval second NOT NULL, e interval day to second(4), b1 bit(2), b2 bit varying, b3 bit varying(1));
