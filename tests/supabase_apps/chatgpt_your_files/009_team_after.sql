-- Not upstream: a later migration (enum value added, a column used by a view and a policy retyped, the helper's body and the indexed function changed, a column the trigger function reads dropped).
alter type document_status add value 'failed';

drop view documents_with_storage_path;
drop policy "Users can see ready documents by slug" on documents;
alter table documents alter column name type varchar(512);
create policy "Users can see ready documents by slug"
on documents for select to authenticated using (
  status = 'ready' and private.slugify(name) is not null and (select auth.uid()) = created_by
);
create view documents_with_storage_path
with (security_invoker=true)
as
  select documents.*, storage.objects.name as storage_object_path
  from documents
  join storage.objects
    on storage.objects.id = documents.storage_object_id;

create or replace function private.slugify(value text)
returns text
language sql
immutable
as $$
  select trim(both '-' from lower(regexp_replace(value, '[^a-zA-Z0-9]+', '-', 'g')));
$$;

alter table document_sections add column token_count int;
alter table document_sections drop column token_count;

create function private.current_user_id()
returns uuid
language sql
stable
as $$
  select auth.uid();
$$;

alter table documents alter column created_by set default private.current_user_id();
