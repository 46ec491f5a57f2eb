-- A domain whose default calls a BEGIN ATOMIC function reading a table with a column of that domain (the domain made without its default, the default set once the function exists).
CREATE TABLE public.projects (id int PRIMARY KEY);
