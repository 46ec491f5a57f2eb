-- Text search configurations of the inspected schemas: the parser (always qualified), and
-- for each mapped token type, in token id order, its alias and its dictionaries in the order
-- they are tried, printed as regdictionary (qualified per the search_path rule, like every
-- definition).
SELECT c.oid,
       n.nspname AS schema,
       c.cfgname AS name,
       quote_ident(pn.nspname) || '.' || quote_ident(p.prsname) AS parser,
       ARRAY(SELECT t.alias
             FROM pg_ts_config_map m
             JOIN ts_token_type(c.cfgparser) t ON t.tokid = m.maptokentype
             WHERE m.mapcfg = c.oid
             GROUP BY t.tokid, t.alias
             ORDER BY t.tokid) AS tokens,
       ARRAY(SELECT string_agg(m.mapdict::regdictionary::text, ', ' ORDER BY m.mapseqno)
             FROM pg_ts_config_map m
             WHERE m.mapcfg = c.oid
             GROUP BY m.maptokentype
             ORDER BY m.maptokentype) AS dictionaries
FROM pg_ts_config c
JOIN pg_namespace n ON n.oid = c.cfgnamespace
JOIN pg_ts_parser p ON p.oid = c.cfgparser
JOIN pg_namespace pn ON pn.oid = p.prsnamespace
WHERE c.cfgnamespace = ANY (%(schemas)s::oid[])
  AND c.oid <> ALL (%(hidden_pg_ts_config)s::oid[])
