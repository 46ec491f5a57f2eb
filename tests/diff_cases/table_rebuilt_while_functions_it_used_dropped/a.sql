-- A table rebuilt (a column renamed in the middle) while the functions its policy, trigger, CHECK, index and default used are dropped: they stay until the old copy of the table is gone.

CREATE TABLE public.posts (id int PRIMARY KEY, in_reply_to int, content text);
ALTER TABLE public.posts ENABLE ROW LEVEL SECURITY;
