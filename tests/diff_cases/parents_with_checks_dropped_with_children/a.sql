-- A partitioned table and an inheritance parent, each with a CHECK their children inherit, dropped together with the children (the CHECK's order-only edge to a child must not order the drops).

CREATE TABLE public.keep (id int PRIMARY KEY);
