-- Saturday-Vinyl/saturday-vinyl-supabase (an admin app for making vinyl-record hardware and a
-- consumer app; supabase/migrations, 2025-10 to 2026-04), a selection of its history: enums made
-- in DO blocks that check pg_type, columns and constraints added in DO blocks that check
-- information_schema / pg_constraint, a table renamed (firmware_versions -> firmware) under its
-- policies, indexes and comments, columns renamed under a DISTINCT ON view that is dropped and
-- made again, JSONB columns renamed, a CHECK replaced under the same name, policies FOR ALL TO
-- authenticated joining other tables, a table added to supabase_realtime in a DO block, REPLICA
-- IDENTITY FULL, SECURITY DEFINER helpers granted to authenticated and service_role.
-- Adapted: seed INSERTs and data-moving statements are left out; device_types (made by a
-- migration not copied) is reduced to the columns the later ones use; now_playing_events (made
-- by the firmware repository) is written from what the rename migration expects; the REPLICA
-- IDENTITY FULL of device_commands is applied to now_playing_events; uuid_generate_v4() is
-- gen_random_uuid() (the embedded server has no uuid-ossp).
-- Saturday! Admin App Database Schema

CREATE TABLE IF NOT EXISTS public.users (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    google_id TEXT UNIQUE NOT NULL,
    email TEXT UNIQUE NOT NULL,
    full_name TEXT,
    is_admin BOOLEAN NOT NULL DEFAULT false,
    is_active BOOLEAN NOT NULL DEFAULT true,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_login TIMESTAMPTZ,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS idx_users_google_id ON public.users(google_id);
CREATE INDEX IF NOT EXISTS idx_users_email ON public.users(email);

ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Authenticated users can read users"
    ON public.users
    FOR SELECT
    TO authenticated
    USING (true);

CREATE POLICY "Users can update own last_login"
    ON public.users
    FOR UPDATE
    USING (auth.jwt() ->> 'email' = email)
    WITH CHECK (auth.jwt() ->> 'email' = email);

CREATE POLICY "Allow insert for authenticated users"
    ON public.users
    FOR INSERT
    TO authenticated
    WITH CHECK (auth.jwt() ->> 'email' = email);

CREATE TABLE IF NOT EXISTS public.permissions (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name TEXT UNIQUE NOT NULL,
    description TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

ALTER TABLE public.permissions ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Authenticated users can read permissions"
    ON public.permissions
    FOR SELECT
    TO authenticated
    USING (true);

CREATE TABLE IF NOT EXISTS public.user_permissions (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL REFERENCES public.users(id) ON DELETE CASCADE,
    permission_id UUID NOT NULL REFERENCES public.permissions(id) ON DELETE CASCADE,
    granted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    granted_by UUID REFERENCES public.users(id),
    UNIQUE(user_id, permission_id)
);

CREATE INDEX IF NOT EXISTS idx_user_permissions_user_id ON public.user_permissions(user_id);
CREATE INDEX IF NOT EXISTS idx_user_permissions_permission_id ON public.user_permissions(permission_id);

ALTER TABLE public.user_permissions ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Authenticated users can read user permissions"
    ON public.user_permissions
    FOR SELECT
    TO authenticated
    USING (true);

CREATE OR REPLACE FUNCTION update_updated_at_column()
RETURNS TRIGGER AS $$
BEGIN
    NEW.updated_at = now();
    RETURN NEW;
END;
$$ language 'plpgsql';

DROP TRIGGER IF EXISTS update_users_updated_at ON public.users;
CREATE TRIGGER update_users_updated_at
    BEFORE UPDATE ON public.users
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

CREATE OR REPLACE FUNCTION get_user_permissions(user_email TEXT)
RETURNS TABLE(permission_name TEXT) AS $$
BEGIN
    RETURN QUERY
    SELECT p.name
    FROM public.permissions p
    INNER JOIN public.user_permissions up ON p.id = up.permission_id
    INNER JOIN public.users u ON u.id = up.user_id
    WHERE u.email = user_email;
END;
$$ LANGUAGE plpgsql SECURITY DEFINER;

CREATE OR REPLACE FUNCTION user_has_permission(user_email TEXT, permission_name TEXT)
RETURNS BOOLEAN AS $$
DECLARE
    user_is_admin BOOLEAN;
    has_perm BOOLEAN;
BEGIN
    SELECT is_admin INTO user_is_admin
    FROM public.users
    WHERE email = user_email;

    IF user_is_admin THEN
        RETURN TRUE;
    END IF;

    SELECT EXISTS (
        SELECT 1
        FROM public.user_permissions up
        INNER JOIN public.users u ON u.id = up.user_id
        INNER JOIN public.permissions p ON p.id = up.permission_id
        WHERE u.email = user_email
        AND p.name = permission_name
    ) INTO has_perm;

    RETURN has_perm;
END;
$$ LANGUAGE plpgsql SECURITY DEFINER;

GRANT USAGE ON SCHEMA public TO authenticated;
GRANT SELECT ON public.users TO authenticated;
GRANT SELECT ON public.permissions TO authenticated;
GRANT SELECT ON public.user_permissions TO authenticated;

GRANT EXECUTE ON FUNCTION get_user_permissions(TEXT) TO authenticated;
GRANT EXECUTE ON FUNCTION user_has_permission(TEXT, TEXT) TO authenticated;
