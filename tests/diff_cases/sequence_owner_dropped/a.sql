-- A sequence OWNED BY a column of a table that is dropped, or by a column that is dropped, while the sequence stays: released (OWNED BY NONE) before the drop would take it along.

CREATE SEQUENCE public.ticket_no;
CREATE SEQUENCE public.order_no;
CREATE TABLE public.orders (id int PRIMARY KEY);
