-- pg-delta regression composite-order-roundtrip (Supabase realtime's wal_rls): a composite of non-alphabetical attribute order that a SETOF function returns and a SQL function's RETURNS TABLE reads with SELECT *; b.sql adds an attribute in the middle.
CREATE SCHEMA s;
CREATE TYPE s.wal_rls AS (
  wal jsonb,
  is_rls_enabled boolean,
  subscription_ids uuid[],
  slot_changes_count integer,
  errors text[]
);
CREATE FUNCTION s.apply_rls() RETURNS SETOF s.wal_rls
  LANGUAGE sql AS $$ SELECT NULL::jsonb, NULL::boolean, NULL::uuid[], NULL::integer, NULL::text[] $$;
CREATE FUNCTION s.list_changes()
  RETURNS TABLE(wal jsonb, is_rls_enabled boolean, subscription_ids uuid[], slot_changes_count integer, errors text[])
  LANGUAGE sql AS $$ SELECT * FROM s.apply_rls() $$;
