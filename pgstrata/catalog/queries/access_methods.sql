-- Access methods no extension makes (CREATE ACCESS METHOD … TYPE TABLE|INDEX HANDLER …):
-- every one when the whole database is inspected, otherwise those the inspected relations
-- use.  The handler is printed as regproc text under the inspection's search_path.
SELECT a.oid,
       a.amname AS name,
       a.amtype::text AS type,
       a.amhandler::regproc::text AS handler
FROM pg_am a
WHERE a.oid >= 16384
  AND (%(whole)s
       OR EXISTS (SELECT FROM pg_class c
                  WHERE c.relam = a.oid AND c.relnamespace = ANY (%(schemas)s::oid[])))
  AND a.oid <> ALL (%(hidden_pg_am)s::oid[])
