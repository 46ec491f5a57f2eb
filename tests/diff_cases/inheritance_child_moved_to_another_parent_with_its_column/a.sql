-- An inheritance child moved from one parent to another that takes the inherited column along.
create table public.old_parent (id int, note text);
create table public.new_parent (id int);
create table public.child (extra int) inherits (public.old_parent);
