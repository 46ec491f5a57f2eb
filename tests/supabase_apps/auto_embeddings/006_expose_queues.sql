-- Queues exposed through PostgREST, as the dashboard's "Expose Queues via PostgREST" writes it: a pgmq_public schema of security-invoker wrappers returning pgmq's own types, granted to the API roles.
create schema if not exists pgmq_public;

grant usage on schema pgmq_public to anon, authenticated, service_role;

create or replace function pgmq_public.send(queue_name text, message jsonb, sleep_seconds integer default 0)
 returns setof bigint
 language plpgsql
 set search_path to ''
as $function$
begin
  return query select * from pgmq.send(queue_name := queue_name, msg := message, delay := sleep_seconds);
end;
$function$;

create or replace function pgmq_public.send_batch(queue_name text, messages jsonb[], sleep_seconds integer default 0)
 returns setof bigint
 language plpgsql
 set search_path to ''
as $function$
begin
  return query select * from pgmq.send_batch(queue_name := queue_name, msgs := messages, delay := sleep_seconds);
end;
$function$;

create or replace function pgmq_public.read(queue_name text, sleep_seconds integer, n integer)
 returns setof pgmq.message_record
 language plpgsql
 set search_path to ''
as $function$
begin
  return query select * from pgmq.read(queue_name := queue_name, vt := sleep_seconds, qty := n);
end;
$function$;

create or replace function pgmq_public.pop(queue_name text)
 returns setof pgmq.message_record
 language plpgsql
 set search_path to ''
as $function$
begin
  return query select * from pgmq.pop(queue_name := queue_name);
end;
$function$;

create or replace function pgmq_public.archive(queue_name text, message_id bigint)
 returns boolean
 language plpgsql
 set search_path to ''
as $function$
begin
  return pgmq.archive(queue_name := queue_name, msg_id := message_id);
end;
$function$;

create or replace function pgmq_public.delete(queue_name text, message_id bigint)
 returns boolean
 language plpgsql
 set search_path to ''
as $function$
begin
  return pgmq.delete(queue_name := queue_name, msg_id := message_id);
end;
$function$;

grant execute on all functions in schema pgmq_public to anon, authenticated, service_role;

-- Only the server may send embedding jobs: the job queue is not one of the exposed ones
revoke execute on function pgmq_public.send(text, jsonb, integer) from anon;
