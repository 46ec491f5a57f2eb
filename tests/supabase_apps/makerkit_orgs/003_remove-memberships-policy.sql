-- A policy dropped by its truncated name, as `supabase db diff` wrote it.
drop policy "Memberships can be created by members that belong to the
  orga" on "public"."memberships";
