-- Event triggers (database-wide): those whose function is in an inspected schema or, when the
-- whole database is inspected, whose function is neither an extension member nor in a
-- platform schema.
SELECT e.oid,
       e.evtname AS name,
       e.evtevent AS event,
       fn.nspname AS function_schema,
       f.proname AS function_name,
       coalesce(e.evttags, '{}'::text[]) AS tags,
       e.evtenabled AS enabled
FROM pg_event_trigger e
JOIN pg_proc f ON f.oid = e.evtfoid
JOIN pg_namespace fn ON fn.oid = f.pronamespace
WHERE e.oid <> ALL (%(hidden_pg_event_trigger)s::oid[])
  AND (f.pronamespace = ANY (%(schemas)s::oid[])
       OR (%(whole)s
           AND NOT fn.nspname = ANY (%(platform)s::text[])
           AND f.oid <> ALL (%(hidden_pg_proc)s::oid[])))
