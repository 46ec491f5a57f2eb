-- Two tables rebuilt for their column order, one referencing the other: the child's foreign key goes first (drop phase), so that the parent's key can be dropped in its rebuild.

create table public.threads (id bigint primary key, title text, pinned boolean);
create table public.posts (id bigint primary key, thread_id bigint not null references public.threads (id) on delete cascade, body text);
