-- A custom access token hook (the Supabase Auth hook pattern) and storage policies per organisation.
create function public.custom_access_token_hook(event jsonb)
returns jsonb
language plpgsql stable
as $$
declare
  claims jsonb := event -> 'claims';
  orgs jsonb;
begin
  select coalesce(jsonb_agg(m.organization_id), '[]') into orgs
  from public.members m where m.user_id = (event ->> 'user_id')::uuid;
  return jsonb_set(event, '{claims}', jsonb_set(claims, '{orgs}', orgs));
end;
$$;
grant usage on schema public to supabase_auth_admin;
grant execute on function public.custom_access_token_hook to supabase_auth_admin;
revoke execute on function public.custom_access_token_hook from authenticated, anon, public;
grant select on table public.members to supabase_auth_admin;
create policy "auth admin reads members" on public.members as permissive
  for select to supabase_auth_admin using (true);

create policy "members read org files" on storage.objects
  for select to authenticated
  using (bucket_id = 'org-files' and (select private.is_member(((storage.foldername(name))[1])::bigint)));
create policy "members upload org files" on storage.objects
  for insert to authenticated
  with check (bucket_id = 'org-files' and (select private.is_member(((storage.foldername(name))[1])::bigint)));

comment on function public.custom_access_token_hook(jsonb) is 'Adds the user''s organisations to the JWT.';
comment on policy "members work on tasks" on public.tasks is 'Any member may read and write the tasks.';
