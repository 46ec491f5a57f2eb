-- The policies' helper dropped CASCADE (taking its policies on five tables along) and made SECURITY DEFINER with SET search_path and PARALLEL SAFE, policies made again with LIMIT 1 subqueries, service_role policies, a view over pg_policies, a materialized view with indexes, a cache trigger.
DROP FUNCTION IF EXISTS public.is_curator_or_admin () CASCADE;

CREATE OR REPLACE FUNCTION public.is_curator_or_admin()
RETURNS boolean
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = public
PARALLEL SAFE
AS $$
  -- Check role from JWT claims or service role
  SELECT COALESCE(
    (current_setting('request.jwt.claims', true)::jsonb ->> 'role') IN ('curator', 'admin', 'service_role'),
    false
  );
$$;

CREATE OR REPLACE FUNCTION public.current_user_id()
RETURNS uuid
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = public
AS $$
  SELECT COALESCE(
    (current_setting('request.jwt.claims', true)::jsonb ->> 'sub')::uuid,
    NULL
  );
$$;

DROP POLICY IF EXISTS embeddings_read_published ON public.embeddings;

DROP POLICY IF EXISTS embeddings_write_curators ON public.embeddings;

CREATE POLICY embeddings_read_published ON public.embeddings FOR
SELECT TO authenticated USING (
        public.is_curator_or_admin ()
        OR
        EXISTS (
            SELECT 1
            FROM public.documents d
            WHERE
                d.id = embeddings.document_id
                AND (
                    d.status = 'published'
                    OR d.created_by = public.current_user_id ()
                )
            LIMIT 1 -- Early termination
        )
    );

CREATE POLICY embeddings_write_curators ON public.embeddings FOR ALL TO authenticated USING (
    public.is_curator_or_admin ()
    OR EXISTS (
        SELECT 1
        FROM public.documents d
        WHERE
            d.id = embeddings.document_id
            AND d.created_by = public.current_user_id ()
        LIMIT 1
    )
)
WITH
    CHECK (
        public.is_curator_or_admin ()
        OR EXISTS (
            SELECT 1
            FROM public.documents d
            WHERE
                d.id = embeddings.document_id
                AND d.created_by = public.current_user_id ()
            LIMIT 1
        )
    );

DROP POLICY IF EXISTS documents_published_read ON public.documents;

DROP POLICY IF EXISTS documents_insert_curator_admin ON public.documents;

DROP POLICY IF EXISTS documents_update_curator_admin ON public.documents;

DROP POLICY IF EXISTS documents_delete_admin ON public.documents;

CREATE POLICY documents_published_read ON public.documents FOR
SELECT TO authenticated USING (
        status = 'published'
        OR public.is_curator_or_admin ()
        OR created_by = public.current_user_id ()
    );

CREATE POLICY documents_insert_curator_admin ON public.documents FOR
INSERT
    TO authenticated
WITH
    CHECK (
        public.is_curator_or_admin ()
        OR created_by = public.current_user_id ()
    );

CREATE POLICY documents_update_curator_admin ON public.documents FOR
UPDATE TO authenticated USING (
    public.is_curator_or_admin ()
    OR created_by = public.current_user_id ()
)
WITH
    CHECK (
        public.is_curator_or_admin ()
        OR created_by = public.current_user_id ()
    );

CREATE POLICY documents_delete_admin ON public.documents FOR DELETE TO authenticated USING (public.is_curator_or_admin ());

DROP POLICY IF EXISTS document_versions_read ON public.document_versions;

DROP POLICY IF EXISTS document_versions_write ON public.document_versions;

CREATE POLICY document_versions_read ON public.document_versions FOR
SELECT TO authenticated USING (
        public.is_curator_or_admin ()
        OR EXISTS (
            SELECT 1
            FROM public.documents d
            WHERE
                d.id = document_versions.document_id
                AND (
                    d.status = 'published'
                    OR d.created_by = public.current_user_id ()
                )
            LIMIT 1
        )
    );

CREATE POLICY document_versions_write ON public.document_versions FOR ALL TO authenticated USING (
    public.is_curator_or_admin ()
    OR EXISTS (
        SELECT 1
        FROM public.documents d
        WHERE
            d.id = document_versions.document_id
            AND d.created_by = public.current_user_id ()
        LIMIT 1
    )
)
WITH
    CHECK (
        public.is_curator_or_admin ()
        OR EXISTS (
            SELECT 1
            FROM public.documents d
            WHERE
                d.id = document_versions.document_id
                AND d.created_by = public.current_user_id ()
            LIMIT 1
        )
    );

DROP POLICY IF EXISTS document_topics_read ON public.document_topics;

DROP POLICY IF EXISTS document_topics_write ON public.document_topics;

CREATE POLICY document_topics_read ON public.document_topics FOR
SELECT TO authenticated USING (
        public.is_curator_or_admin ()
        OR EXISTS (
            SELECT 1
            FROM public.documents d
            WHERE
                d.id = document_topics.document_id
                AND (
                    d.status = 'published'
                    OR d.created_by = public.current_user_id ()
                )
            LIMIT 1
        )
    );

CREATE POLICY document_topics_write ON public.document_topics FOR ALL TO authenticated USING (
    public.is_curator_or_admin ()
    OR EXISTS (
        SELECT 1
        FROM public.documents d
        WHERE
            d.id = document_topics.document_id
            AND d.created_by = public.current_user_id ()
        LIMIT 1
    )
)
WITH
    CHECK (
        public.is_curator_or_admin ()
        OR EXISTS (
            SELECT 1
            FROM public.documents d
            WHERE
                d.id = document_topics.document_id
                AND d.created_by = public.current_user_id ()
            LIMIT 1
        )
    );

CREATE POLICY embeddings_service_role_all ON public.embeddings FOR ALL TO service_role USING (true)
WITH
    CHECK (true);

CREATE POLICY documents_service_role_all ON public.documents FOR ALL TO service_role USING (true)
WITH
    CHECK (true);

CREATE OR REPLACE VIEW public.rls_policy_stats AS
SELECT
    schemaname,
    tablename,
    policyname,
    permissive,
    roles,
    cmd,
    qual,
    with_check
FROM pg_policies
WHERE
    schemaname = 'public'
ORDER BY tablename, policyname;

CREATE MATERIALIZED VIEW IF NOT EXISTS public.published_documents_cache AS
SELECT
    d.id,
    d.title,
    d.slug,
    d.category,
    d.tags,
    d.published_at,
    d.status,
    COUNT(e.id) AS embedding_count
FROM public.documents d
    LEFT JOIN public.embeddings e ON e.document_id = d.id
WHERE
    d.status = 'published'
GROUP BY
    d.id;

CREATE UNIQUE INDEX idx_published_documents_cache_id ON public.published_documents_cache (id);

CREATE INDEX idx_published_documents_cache_category ON public.published_documents_cache (category);

CREATE INDEX idx_published_documents_cache_tags ON public.published_documents_cache USING gin (tags);

CREATE OR REPLACE FUNCTION public.refresh_published_documents_cache()
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
  REFRESH MATERIALIZED VIEW CONCURRENTLY public.published_documents_cache;
END;
$$;

CREATE OR REPLACE FUNCTION public.invalidate_published_cache()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF (TG_OP = 'UPDATE' AND OLD.status != NEW.status) OR TG_OP = 'INSERT' OR TG_OP = 'DELETE' THEN
    RAISE NOTICE 'Published documents cache needs refresh';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER documents_cache_invalidation
AFTER INSERT OR UPDATE OR DELETE ON public.documents
FOR EACH ROW
EXECUTE FUNCTION public.invalidate_published_cache();

COMMENT ON FUNCTION public.is_curator_or_admin IS 'Optimized role check function with SECURITY DEFINER and PARALLEL SAFE. Checks JWT claims for curator/admin/service_role.';

COMMENT ON FUNCTION public.current_user_id IS 'Returns current authenticated user UUID from JWT claims. Used in RLS policies to reduce overhead.';

COMMENT ON POLICY embeddings_read_published ON public.embeddings IS 'Fast-path RLS policy: checks admin role first, then document status. Includes LIMIT 1 for early termination.';

COMMENT ON POLICY embeddings_service_role_all ON public.embeddings IS 'Service role bypass policy for bot operations. Allows unrestricted access for backend services.';

COMMENT ON VIEW public.rls_policy_stats IS 'Monitor active RLS policies across all tables in public schema.';

COMMENT ON MATERIALIZED VIEW public.published_documents_cache IS 'Cached view of published documents with embedding counts. Refresh periodically to reduce RLS overhead.';

COMMENT ON FUNCTION public.refresh_published_documents_cache IS 'Refreshes the published documents cache. Run this after bulk document updates or on schedule (e.g., every hour).';
