-- min_version: 18
-- requires_extension: vector
-- different-ai/embedbase: pgvector in the extensions schema.
create extension vector
with
  schema extensions;
