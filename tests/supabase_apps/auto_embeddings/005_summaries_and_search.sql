-- Later: a summary column joins the embedding input (the function and both update triggers follow it), a match_documents() search RPC, smaller batches for the processing job, and a dead-letter queue.
alter table documents add column summary text;

create or replace function embedding_input(doc documents)
returns text
language plpgsql
immutable
as $$
begin
  return '# ' || doc.title || E'\n\n' || coalesce(doc.summary || E'\n\n', '') || doc.content;
end;
$$;

drop trigger embed_documents_on_update on documents;
create trigger embed_documents_on_update
  after update of title, summary, content -- must match the columns in embedding_input()
  on documents
  for each row
  execute function util.queue_embeddings('embedding_input', 'embedding');

drop trigger clear_document_embedding_on_update on documents;
create trigger clear_document_embedding_on_update
  before update of title, summary, content -- must match the columns in embedding_input()
  on documents
  for each row
  execute function util.clear_column('embedding');

create or replace function match_documents(
  query_embedding extensions.vector(1536),
  match_threshold float,
  match_count int = 10
)
returns setof documents
language sql
stable
set search_path = ''
as $$
  select *
  from public.documents
  where documents.embedding operator(extensions.<=>) query_embedding < 1 - match_threshold
  order by documents.embedding operator(extensions.<=>) query_embedding asc
  limit least(match_count, 200);
$$;

grant execute on function match_documents(extensions.vector, float, int) to authenticated;
revoke execute on function match_documents(extensions.vector, float, int) from anon;

-- Jobs that keep failing are moved here by the embed edge function
select pgmq.create('embedding_dead_letters');

select cron.schedule(
  'process-embeddings',
  '10 seconds',
  $$
  select util.process_embeddings(batch_size => 5, max_requests => 20);
  $$
);
