-- RLS and service_role / authenticated policies on the RAG tables, comments on policies.
ALTER TABLE public.rag_documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.rag_chunks ENABLE ROW LEVEL SECURITY;

CREATE POLICY rag_documents_service_role_all
  ON public.rag_documents
  FOR ALL
  TO service_role
  USING (true)
  WITH CHECK (true);

CREATE POLICY rag_chunks_service_role_all
  ON public.rag_chunks
  FOR ALL
  TO service_role
  USING (true)
  WITH CHECK (true);

CREATE POLICY rag_documents_authenticated_read
  ON public.rag_documents
  FOR SELECT
  TO authenticated
  USING (true);

CREATE POLICY rag_chunks_authenticated_read
  ON public.rag_chunks
  FOR SELECT
  TO authenticated
  USING (true);

COMMENT ON POLICY rag_documents_service_role_all ON public.rag_documents IS
'Service role bypass para operações do bot Discord. Permite acesso total sem overhead de RLS.';

COMMENT ON POLICY rag_chunks_service_role_all ON public.rag_chunks IS
'Service role bypass para operações do bot Discord. Permite acesso total sem overhead de RLS.';

COMMENT ON POLICY rag_documents_authenticated_read ON public.rag_documents IS
'Permite que usuários autenticados leiam documentos RAG. Escrita é reservada para service role.';

COMMENT ON POLICY rag_chunks_authenticated_read ON public.rag_chunks IS
'Permite que usuários autenticados leiam chunks RAG. Escrita é reservada para service role.';
