-- Policies altered in place to wrap auth.uid() in (select ...).
ALTER POLICY "Users can insert documents" ON public.documents
    WITH CHECK ((SELECT auth.uid()) = created_by);

ALTER POLICY "Users can query their own documents" ON public.documents
    USING ((SELECT auth.uid()) = created_by);
