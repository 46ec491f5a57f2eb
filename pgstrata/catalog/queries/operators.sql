-- Operators of the inspected schemas (an extension's are hidden): operand types (NULL for a
-- prefix operator's left), the function, the commutator and negator by schema and name, the
-- selectivity estimators and the HASHES / MERGES flags.  Names and types are printed under the
-- search_path rule, like every definition; the function as regproc (a name, as CREATE OPERATOR
-- takes it).
SELECT o.oid,
       n.nspname AS schema,
       o.oprname AS name,
       CASE WHEN o.oprleft <> 0 THEN format_type(o.oprleft, NULL) END AS left_type,
       CASE WHEN o.oprright <> 0 THEN format_type(o.oprright, NULL) END AS right_type,
       o.oprcode::regproc::text AS function,
       cn.nspname AS commutator_schema,
       c.oprname AS commutator,
       nn.nspname AS negator_schema,
       ng.oprname AS negator,
       CASE WHEN o.oprrest <> 0 THEN o.oprrest::regproc::text END AS restrict,
       CASE WHEN o.oprjoin <> 0 THEN o.oprjoin::regproc::text END AS join_estimator,
       o.oprcanhash AS hashes,
       o.oprcanmerge AS merges
FROM pg_operator o
JOIN pg_namespace n ON n.oid = o.oprnamespace
LEFT JOIN pg_operator c ON c.oid = o.oprcom
LEFT JOIN pg_namespace cn ON cn.oid = c.oprnamespace
LEFT JOIN pg_operator ng ON ng.oid = o.oprnegate
LEFT JOIN pg_namespace nn ON nn.oid = ng.oprnamespace
WHERE o.oprnamespace = ANY (%(schemas)s::oid[])
  AND o.oid <> ALL (%(hidden_pg_operator)s::oid[])
  -- not a shell (no function): the COMMUTATOR or NEGATOR another operator names before it
  -- exists; that operator's CREATE makes it again (pg_dump leaves shells out too)
  AND o.oprcode <> 0
