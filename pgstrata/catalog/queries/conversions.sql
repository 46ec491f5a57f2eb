-- Encoding conversions of the inspected schemas (CREATE [DEFAULT] CONVERSION): the encodings
-- by name, the function as regproc prints it (qualified where the search path does not reach).
SELECT c.oid,
       n.nspname AS schema,
       c.conname AS name,
       pg_encoding_to_char(c.conforencoding) AS source_encoding,
       pg_encoding_to_char(c.contoencoding) AS target_encoding,
       c.conproc::regproc::text AS function,
       c.condefault AS is_default
FROM pg_conversion c
JOIN pg_namespace n ON n.oid = c.connamespace
WHERE c.connamespace = ANY (%(schemas)s::oid[])
  AND c.oid <> ALL (%(hidden_pg_conversion)s::oid[])
