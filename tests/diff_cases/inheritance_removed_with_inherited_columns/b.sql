-- An inheritance child declared with only its own column stops inheriting: the columns it only inherited go with the parent (PostGraphile's kitchen sink inheritence.user_file); reverse: a table gains a parent whose columns it lacks.
create table public.users (
  id serial primary key,
  name text not null
);

create table public.files (
  id serial primary key,
  filename text not null
);

create table public.user_files (
  user_id integer not null references public.users (id)
);
