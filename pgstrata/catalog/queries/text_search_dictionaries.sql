-- Text search dictionaries of the inspected schemas: the template (always qualified) and the
-- options as PostgreSQL keeps them (dictinitoption: "language = 'english', stopwords = …").
SELECT d.oid,
       n.nspname AS schema,
       d.dictname AS name,
       quote_ident(tn.nspname) || '.' || quote_ident(t.tmplname) AS template,
       d.dictinitoption AS options
FROM pg_ts_dict d
JOIN pg_namespace n ON n.oid = d.dictnamespace
JOIN pg_ts_template t ON t.oid = d.dicttemplate
JOIN pg_namespace tn ON tn.oid = t.tmplnamespace
WHERE d.dictnamespace = ANY (%(schemas)s::oid[])
  AND d.oid <> ALL (%(hidden_pg_ts_dict)s::oid[])
