-- Extended statistics objects of the inspected schemas: the definition as
-- pg_get_statisticsobjdef prints it (search_path rule) after the object's own name, which it
-- always prints qualified (the schema is mapped, --as-schema, and written by the renderer),
-- their table, and the statistics target when one is set (13-16 keep -1 for the default, 17+
-- NULL).
SELECT s.oid,
       n.nspname AS schema,
       s.stxname AS name,
       tn.nspname AS table_schema,
       c.relname AS table_name,
       substr(pg_get_statisticsobjdef(s.oid),
              length('CREATE STATISTICS ' || quote_ident(n.nspname) || '.' || quote_ident(s.stxname)) + 1)
         AS definition,
       nullif(s.stxstattarget::int, -1) AS target
FROM pg_statistic_ext s
JOIN pg_namespace n ON n.oid = s.stxnamespace
JOIN pg_class c ON c.oid = s.stxrelid
JOIN pg_namespace tn ON tn.oid = c.relnamespace
WHERE s.stxnamespace = ANY (%(schemas)s::oid[])
  AND s.oid <> ALL (%(hidden_pg_statistic_ext)s::oid[])
