-- User triggers (not internal ones such as the FK triggers) on relations of the inspected
-- schemas and, when the whole database is inspected, the application's triggers on
-- tables of the platform schemas (auth.users …): those whose function is neither an extension
-- member nor in a platform schema (but Database Webhooks, which call
-- supabase_functions.http_request, are the application's: platform_trigger_functions).
SELECT t.oid,
       n.nspname AS schema,
       c.relname AS table_name,
       t.tgname AS name,
       pg_get_triggerdef(t.oid, coalesce(t.tgqual::text, '') !~ %(nested_bool)s) AS definition,
       t.tgenabled AS enabled,
       fn.nspname AS function_schema,
       f.proname AS function_name,
       t.tgconstraint <> 0 AS is_constraint,
       t.tgparentid <> 0 AS inherited
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_proc f ON f.oid = t.tgfoid
JOIN pg_namespace fn ON fn.oid = f.pronamespace
WHERE (NOT t.tgisinternal
       -- PostgreSQL 13 and 14 mark a partition's clone of its parent's trigger internal (15 does
       -- not): read as a trigger of the partition, as from 15, whose firing state may be its
       -- own (ALTER TABLE partition DISABLE TRIGGER); not a key's internal trigger
       OR (t.tgparentid <> 0
           AND (t.tgconstraint = 0
                OR EXISTS (SELECT FROM pg_constraint k WHERE k.oid = t.tgconstraint AND k.contype = 't'))))
  AND t.oid <> ALL (%(hidden_pg_trigger)s::oid[])
  AND c.oid <> ALL (%(hidden_pg_class)s::oid[])
  AND (c.relnamespace = ANY (%(schemas)s::oid[])
       OR (%(whole)s
           AND n.nspname = ANY (%(platform)s::text[])
           AND NOT fn.nspname = ANY (%(platform_trigger_functions)s::text[])
           AND f.oid <> ALL (%(hidden_pg_proc)s::oid[])))
