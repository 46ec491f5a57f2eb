-- A stored generated column's expression changes under a view that reads it (PostgreSQL before 17 has no SET EXPRESSION: the column is dropped and added, the view rebuilt around it).

create table public.threads (id int primary key, title text not null,
  slug text generated always as (upper(title)) stored);
create view public.thread_list as select id, title, slug from public.threads;
