-- min_version: 18
-- requires_extension: vector, pgmq, pg_net, pg_cron
-- Supabase's "Automatic embeddings" guide: the extensions it enables (pgmq, pg_net and pg_cron through pgstrata's stand-ins; hstore for clearing a column from a trigger).

-- For vector operations
create extension if not exists vector with schema extensions;

-- For queueing and processing jobs
-- (pgmq uses its own pgmq schema)
create extension if not exists pgmq;

-- For async HTTP requests
create extension if not exists pg_net with schema extensions;

-- For scheduled processing and retries
-- (pg_cron uses the pg_catalog schema)
create extension if not exists pg_cron;

-- For clearing embeddings during updates
create extension if not exists hstore with schema extensions;
