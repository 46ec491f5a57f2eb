-- Adapted: the project has no auth.schema_migrations here; the revoke that `supabase db diff`
-- wrote for it is left out.
-- revoke select on table "auth"."schema_migrations" from "postgres";

CREATE TRIGGER on_auth_user_created AFTER INSERT ON auth.users FOR EACH ROW EXECUTE FUNCTION handle_new_user();
