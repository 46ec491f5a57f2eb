-- Slug uniqueness goes back to a constraint (the API wants ON CONFLICT ON CONSTRAINT),
-- views gain columns, post_details.reactions becomes an integer.
alter table public.categories add constraint categories_slug_key unique using index categories_slug_idx;

create or replace view public.thread_list with (security_invoker = on) as
  select t.id, t.title, t.slug, c.name as category, t.reply_count, t.created_at,
         t.locked, t.pinned, c.slug as category_slug
  from public.threads t
  join public.categories c on c.id = t.category_id
  order by t.pinned desc, t.created_at desc;

drop view public.post_details;
create view public.post_details with (security_invoker = on) as
  select p.id, p.thread_id, p.body, p.score, p.created_at,
         (select count(*) from public.reactions r where r.post_id = p.id)::integer as reactions,
         p.updated_at
  from public.posts p;
comment on view public.post_details is 'Posts with reaction counts';
comment on column public.post_details.reactions is 'Number of reactions';

grant select on public.thread_list to anon;
revoke insert, update, delete on public.thread_list from anon, authenticated;
grant usage, select on sequence public.categories_id_seq to service_role;
revoke usage on sequence public.threads_id_seq from authenticated;
