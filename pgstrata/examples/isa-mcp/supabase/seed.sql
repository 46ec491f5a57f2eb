-- Seed data for the isA MCP example: synthetic and obviously fake (example.invalid addresses,
-- made-up tools and models, embeddings computed from sine waves).  Loaded by
-- `pgstrata seed ENV` / `pgstrata reset ENV` and by `supabase db reset`.
--
-- Accounts go into auth.users first, as Supabase Auth would create them; the
-- on_auth_user_created trigger then makes their public.users profiles.  The password of
-- every account is "password123".

-- A deterministic fake embedding: 1536 sine samples, distinct per seed value.
create function pg_temp.fake_embedding(seed double precision)
returns extensions.vector
language sql
immutable
as $$
  select array_agg(sin(i * seed + seed)::real order by i)::extensions.vector(1536)
  from generate_series(1, 1536) as i;
$$;

-- Accounts -----------------------------------------------------------------------------------

insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at
) values
  ('00000000-0000-0000-0000-000000000000', 'a11ce000-0000-4000-8000-000000000001', 'authenticated',
   'authenticated', 'alice@example.invalid', extensions.crypt('password123', extensions.gen_salt('bf')),
   '2025-07-01 09:00:00+00', '{"provider": "email", "providers": ["email"]}',
   '{"full_name": "Alice Example", "avatar_url": "https://example.invalid/avatars/alice.png"}',
   '2025-07-01 09:00:00+00', '2025-07-01 09:00:00+00', '2025-09-15 08:30:00+00'),
  ('00000000-0000-0000-0000-000000000000', 'b0b00000-0000-4000-8000-000000000002', 'authenticated',
   'authenticated', 'bob@example.invalid', extensions.crypt('password123', extensions.gen_salt('bf')),
   '2025-07-02 10:00:00+00', '{"provider": "email", "providers": ["email"]}',
   '{"full_name": "Bob Placeholder"}',
   '2025-07-02 10:00:00+00', '2025-07-02 10:00:00+00', '2025-09-14 17:45:00+00'),
  ('00000000-0000-0000-0000-000000000000', 'ca201000-0000-4000-8000-000000000003', 'authenticated',
   'authenticated', 'carol@example.invalid', extensions.crypt('password123', extensions.gen_salt('bf')),
   null, '{"provider": "email", "providers": ["email"]}',
   '{"full_name": "Carol Sample"}',
   '2025-08-20 12:00:00+00', '2025-08-20 12:00:00+00', null);

insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
select u.id::text, u.id,
       jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', u.email_confirmed_at is not null),
       'email', u.last_sign_in_at, u.created_at, u.updated_at
from auth.users u
where u.email like '%@example.invalid';

update public.users set plan_id = 'pro' where id = 'b0b00000-0000-4000-8000-000000000002';
update public.user_settings set theme = 'dark', timezone = 'Europe/Berlin'
 where user_id = 'a11ce000-0000-4000-8000-000000000001';

insert into public.organizations (id, name, slug, owner_id) values
  ('0e900000-0000-4000-8000-000000000001', 'Acme Research (fake)', 'acme-research',
   'a11ce000-0000-4000-8000-000000000001');
insert into public.organization_members (organization_id, user_id, role) values
  ('0e900000-0000-4000-8000-000000000001', 'a11ce000-0000-4000-8000-000000000001', 'owner'),
  ('0e900000-0000-4000-8000-000000000001', 'b0b00000-0000-4000-8000-000000000002', 'member');

select public.record_credit_transaction('a11ce000-0000-4000-8000-000000000001', 100, 'bonus', 'Welcome credits');
select public.record_credit_transaction('b0b00000-0000-4000-8000-000000000002', 100, 'bonus', 'Welcome credits');
select public.record_credit_transaction('b0b00000-0000-4000-8000-000000000002', 5000, 'subscription_grant', 'Pro plan, July');
select public.record_credit_transaction('b0b00000-0000-4000-8000-000000000002', -12.5, 'usage', 'Tool calls', 'mcp_tool_executions', '1');
select public.record_credit_transaction('ca201000-0000-4000-8000-000000000003', 100, 'bonus', 'Welcome credits');

insert into public.subscriptions (user_id, plan_id, status, provider_subscription_id, current_period_start, current_period_end)
values ('b0b00000-0000-4000-8000-000000000002', 'pro', 'active', 'sub_fake_0001',
        '2025-09-01 00:00:00+00', '2025-10-01 00:00:00+00');

insert into public.api_keys (user_id, name, key_prefix, key_hash, scopes) values
  ('a11ce000-0000-4000-8000-000000000001', 'laptop', 'isa_00000000',
   encode(extensions.digest('isa_0000000000000000-not-a-real-key', 'sha256'), 'hex'), array['mcp:read', 'mcp:call']);

insert into public.audit_logs (actor_id, action, entity_type, entity_id, details) values
  ('a11ce000-0000-4000-8000-000000000001', 'organization.create', 'organization',
   '0e900000-0000-4000-8000-000000000001', '{"name": "Acme Research (fake)"}'),
  ('a11ce000-0000-4000-8000-000000000001', 'api_key.create', 'api_key', null, '{"name": "laptop"}');

-- MCP registry -------------------------------------------------------------------------------

insert into public.mcp_servers (id, name, transport, endpoint) values
  ('5e200000-0000-4000-8000-000000000001', 'isa-core', 'streamable_http', 'https://mcp.example.invalid/core'),
  ('5e200000-0000-4000-8000-000000000002', 'local-tools', 'stdio', null);

insert into public.mcp_tools (server_id, name, description, category, input_schema) values
  ('5e200000-0000-4000-8000-000000000001', 'web_search', 'Search the (fake) web', 'search',
   '{"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]}'),
  ('5e200000-0000-4000-8000-000000000001', 'remember', 'Store a memory for the user', 'memory',
   '{"type": "object", "properties": {"content": {"type": "string"}}}'),
  ('5e200000-0000-4000-8000-000000000001', 'recall', 'Search the user''s memories', 'memory',
   '{"type": "object", "properties": {"query": {"type": "string"}, "limit": {"type": "integer"}}}'),
  ('5e200000-0000-4000-8000-000000000002', 'read_file', 'Read a file from the user''s storage', 'files',
   '{"type": "object", "properties": {"path": {"type": "string"}}}'),
  ('5e200000-0000-4000-8000-000000000002', 'daily_digest', 'Summarise yesterday''s sessions', 'reports',
   '{"type": "object"}');

insert into public.mcp_resources (server_id, uri, name, description, mime_type) values
  ('5e200000-0000-4000-8000-000000000001', 'isa://docs/getting-started', 'Getting started', 'How to use the assistant', 'text/markdown'),
  ('5e200000-0000-4000-8000-000000000001', 'isa://catalog/models', 'Model catalogue', 'Models the assistant can use', 'application/json'),
  ('5e200000-0000-4000-8000-000000000002', 'file:///fake/notes.txt', 'Sample notes', 'A fake local file', 'text/plain');

insert into public.mcp_prompts (server_id, name, description, template, arguments, category) values
  ('5e200000-0000-4000-8000-000000000001', 'summarise', 'Summarise a text', 'Summarise the following text:\n{{text}}',
   '[{"name": "text", "required": true}]', 'writing'),
  ('5e200000-0000-4000-8000-000000000001', 'plan_task', 'Break a task into steps', 'Plan the task "{{task}}" in at most {{steps}} steps.',
   '[{"name": "task", "required": true}, {"name": "steps", "required": false}]', 'planning'),
  ('5e200000-0000-4000-8000-000000000001', 'explain_code', 'Explain a code snippet', 'Explain this code:\n{{code}}',
   '[{"name": "code", "required": true}]', 'coding');

insert into public.mcp_unified_search_embeddings (item_type, item_id, item_name, content, embedding)
select 'tool', t.id, t.name, t.name || ': ' || t.description, pg_temp.fake_embedding(t.id::double precision)
from public.mcp_tools t
union all
select 'resource', r.id, r.name, r.name || ': ' || coalesce(r.description, ''), pg_temp.fake_embedding(100 + r.id)
from public.mcp_resources r
union all
select 'prompt', p.id, p.name, p.name || ': ' || coalesce(p.description, ''), pg_temp.fake_embedding(200 + p.id)
from public.mcp_prompts p;

-- Sessions and tool calls --------------------------------------------------------------------

insert into public.sessions (id, user_id, organization_id, title, status, context, created_at) values
  ('5e550000-0000-4000-8000-000000000001', 'a11ce000-0000-4000-8000-000000000001',
   '0e900000-0000-4000-8000-000000000001', 'Literature review (fake)', 'active', '{"topic": "testing"}', '2025-09-15 08:30:00+00'),
  ('5e550000-0000-4000-8000-000000000002', 'b0b00000-0000-4000-8000-000000000002',
   null, 'Trip planning (fake)', 'closed', '{}', '2025-09-14 17:45:00+00');

insert into public.session_messages (session_id, role, content, tokens_used, created_at) values
  ('5e550000-0000-4000-8000-000000000001', 'user', 'Find three papers about schema migrations.', 12, '2025-09-15 08:31:00+00'),
  ('5e550000-0000-4000-8000-000000000001', 'assistant', 'Here are three made-up papers.', 40, '2025-09-15 08:31:05+00'),
  ('5e550000-0000-4000-8000-000000000002', 'user', 'Plan a weekend in Exampletown.', 9, '2025-09-14 17:46:00+00'),
  ('5e550000-0000-4000-8000-000000000002', 'assistant', 'Day 1: the fake museum. Day 2: the fake lake.', 35, '2025-09-14 17:46:04+00');

insert into public.mcp_tool_executions (tool_id, user_id, session_id, arguments, result, status, duration_ms, credits_charged, started_at, finished_at)
select t.id, 'a11ce000-0000-4000-8000-000000000001'::uuid, '5e550000-0000-4000-8000-000000000001'::uuid,
       '{"query": "schema migrations"}'::jsonb, '{"hits": 3}'::jsonb, 'succeeded', 840, 0.5,
       '2025-09-15 08:31:01+00'::timestamptz, '2025-09-15 08:31:02+00'::timestamptz
from public.mcp_tools t where t.name = 'web_search'
union all
select t.id, 'b0b00000-0000-4000-8000-000000000002'::uuid, '5e550000-0000-4000-8000-000000000002'::uuid,
       '{"query": "museum"}'::jsonb, null, 'failed', 30000, 0,
       '2025-09-14 17:46:01+00'::timestamptz, '2025-09-14 17:46:31+00'::timestamptz
from public.mcp_tools t where t.name = 'recall';

-- Memories -----------------------------------------------------------------------------------

insert into public.episodic_memories (user_id, session_id, content, event_type, participants, emotional_valence, occurred_at, embedding, importance_score) values
  ('a11ce000-0000-4000-8000-000000000001', '5e550000-0000-4000-8000-000000000001',
   'Started a literature review on schema migrations', 'interaction', array['assistant'], 0.4,
   '2025-09-15 08:30:00+00', pg_temp.fake_embedding(1.1), 0.7),
  ('b0b00000-0000-4000-8000-000000000002', '5e550000-0000-4000-8000-000000000002',
   'Planned a weekend trip to Exampletown', 'planning', array['assistant'], 0.8,
   '2025-09-14 17:45:00+00', pg_temp.fake_embedding(1.2), 0.6);

insert into public.factual_memories (user_id, subject, predicate, object, confidence, source, embedding) values
  ('a11ce000-0000-4000-8000-000000000001', 'Alice', 'prefers', 'dark mode', 0.95, 'settings', pg_temp.fake_embedding(2.1)),
  ('a11ce000-0000-4000-8000-000000000001', 'Alice', 'works at', 'Acme Research (fake)', 0.9, 'conversation', pg_temp.fake_embedding(2.2)),
  ('b0b00000-0000-4000-8000-000000000002', 'Bob', 'lives in', 'Exampletown', 0.7, 'conversation', pg_temp.fake_embedding(2.3));

insert into public.semantic_memories (user_id, concept, content, category, related_concepts, embedding) values
  ('a11ce000-0000-4000-8000-000000000001', 'schema migration', 'An ordered, versioned change to a database schema',
   'databases', array['rollback', 'drift'], pg_temp.fake_embedding(3.1)),
  ('a11ce000-0000-4000-8000-000000000001', 'row level security', 'Per-row access rules evaluated by PostgreSQL',
   'databases', array['policy', 'auth.uid'], pg_temp.fake_embedding(3.2));

insert into public.procedural_memories (user_id, skill_name, content, steps, difficulty_level, success_rate, times_used, embedding) values
  ('a11ce000-0000-4000-8000-000000000001', 'release a migration', 'How Alice ships a schema change',
   '["write the migration", "test it locally", "apply to staging", "approve production"]', 3, 0.9, 12, pg_temp.fake_embedding(4.1));

insert into public.working_memories (user_id, session_id, task_id, content, context, priority, expires_at) values
  ('a11ce000-0000-4000-8000-000000000001', '5e550000-0000-4000-8000-000000000001', 'review-1',
   'Currently comparing three papers', '{"papers": 3}', 2, '2099-01-01 00:00:00+00'),
  ('b0b00000-0000-4000-8000-000000000002', '5e550000-0000-4000-8000-000000000002', 'trip-1',
   'Waiting for the museum opening hours', '{}', 4, '2025-09-14 18:45:00+00');

insert into public.session_memories (user_id, session_id, conversation_summary, key_decisions, interaction_count, embedding) values
  ('a11ce000-0000-4000-8000-000000000001', '5e550000-0000-4000-8000-000000000001',
   'Alice asked for papers on schema migrations.', '["focus on PostgreSQL"]', 2, pg_temp.fake_embedding(5.1)),
  ('b0b00000-0000-4000-8000-000000000002', '5e550000-0000-4000-8000-000000000002',
   'Bob planned a weekend trip.', '["museum first"]', 2, pg_temp.fake_embedding(5.2));

insert into public.memory_associations (user_id, source_type, source_id, target_type, target_id, association_type, strength)
select e.user_id, 'episodic', e.id, 'semantic', s.id, 'about', 0.8
from public.episodic_memories e
join public.semantic_memories s on s.user_id = e.user_id and s.concept = 'schema migration';

-- Models -------------------------------------------------------------------------------------

insert into public.ai_providers (id, name, base_url) values
  ('fakeai', 'FakeAI', 'https://api.fakeai.example.invalid/v1'),
  ('localllm', 'Local LLM', 'http://127.0.0.1:11434');

insert into public.models (id, provider_id, model_name, display_name, model_type, capabilities, context_window, max_output_tokens, input_price_per_mtok, output_price_per_mtok, released_on) values
  ('30de1000-0000-4000-8000-000000000001', 'fakeai', 'fake-chat-large', 'Fake Chat Large', 'chat',
   array['tools', 'vision', 'json'], 200000, 8192, 3.0, 15.0, '2025-05-01'),
  ('30de1000-0000-4000-8000-000000000002', 'fakeai', 'fake-chat-small', 'Fake Chat Small', 'chat',
   array['tools', 'json'], 128000, 4096, 0.25, 1.25, '2025-03-01'),
  ('30de1000-0000-4000-8000-000000000003', 'fakeai', 'fake-embed-1536', 'Fake Embeddings', 'embedding',
   array['embeddings'], 8192, null, 0.02, null, '2024-12-01'),
  ('30de1000-0000-4000-8000-000000000004', 'localllm', 'tiny-local', 'Tiny Local', 'completion',
   array[]::text[], 4096, 1024, 0, 0, null);

insert into public.model_embeddings (model_id, description, embedding)
select m.id, m.display_name || ' (' || m.model_type || ')', pg_temp.fake_embedding(6 + row_number() over (order by m.id))
from public.models m;

insert into public.model_statistics (model_id, stat_date, request_count, input_tokens, output_tokens, error_count, avg_latency_ms, p95_latency_ms, total_cost)
select m.id, d::date, 100 + (extract(day from d)::int * 7) % 50, 200000, 50000, (extract(day from d)::int) % 3,
       420.5, 1200.0, 1.2345
from public.models m
cross join generate_series('2025-09-10'::date, '2025-09-14'::date, interval '1 day') as d
where m.model_type = 'chat';

-- Tracing and events -------------------------------------------------------------------------

insert into public.traces (id, trace_id, user_id, session_id, name, status, started_at, ended_at) values
  ('7ace0000-0000-4000-8000-000000000001', '0af7651916cd43dd8448eb211c80319c', 'a11ce000-0000-4000-8000-000000000001',
   '5e550000-0000-4000-8000-000000000001', 'chat.turn', 'ok', '2025-09-15 08:31:00+00', '2025-09-15 08:31:05+00');

insert into public.spans (id, trace_id, span_id, parent_id, name, kind, started_at, ended_at) values
  ('5fa40000-0000-4000-8000-000000000001', '7ace0000-0000-4000-8000-000000000001', 'b7ad6b7169203331', null,
   'chat.turn', 'server', '2025-09-15 08:31:00+00', '2025-09-15 08:31:05+00'),
  ('5fa40000-0000-4000-8000-000000000002', '7ace0000-0000-4000-8000-000000000001', '00f067aa0ba902b7',
   '5fa40000-0000-4000-8000-000000000001', 'tool.web_search', 'client', '2025-09-15 08:31:01+00', '2025-09-15 08:31:02+00');

insert into public.span_logs (span_id, level, message, payload) values
  ('5fa40000-0000-4000-8000-000000000002', 'info', 'calling web_search', '{"query": "schema migrations"}'),
  ('5fa40000-0000-4000-8000-000000000002', 'info', 'web_search returned 3 hits', null);

insert into public.events (occurred_at, event_type, user_id, payload) values
  ('2025-07-01 09:00:00+00', 'user.signed_up', 'a11ce000-0000-4000-8000-000000000001', '{}'),
  ('2025-07-02 10:00:00+00', 'user.signed_up', 'b0b00000-0000-4000-8000-000000000002', '{}'),
  ('2025-08-20 12:00:00+00', 'user.signed_up', 'ca201000-0000-4000-8000-000000000003', '{}'),
  ('2025-09-01 00:00:05+00', 'subscription.renewed', 'b0b00000-0000-4000-8000-000000000002', '{"plan": "pro"}'),
  ('2025-09-15 08:31:02+00', 'tool.called', 'a11ce000-0000-4000-8000-000000000001', '{"tool": "web_search"}'),
  ('2025-12-24 18:00:00+00', 'system.notice', null, '{"note": "lands in events_default"}');

insert into public.usage_metrics (user_id, metric_date, api_calls, tool_calls, tokens_used, credits_used) values
  ('a11ce000-0000-4000-8000-000000000001', '2025-09-15', 14, 1, 52, 0.5),
  ('b0b00000-0000-4000-8000-000000000002', '2025-09-14', 9, 1, 44, 12.5);

-- Shop ---------------------------------------------------------------------------------------

insert into public.products (sku, name, description, product_type, price_cents, credits_granted, plan_id) values
  ('CRED-1000', '1,000 credits', 'A pack of fake credits', 'credits', 1000, 1000, null),
  ('CRED-5000', '5,000 credits', 'A bigger pack of fake credits', 'credits', 4500, 5000, null),
  ('PLAN-PRO', 'Pro plan (monthly)', 'The Pro plan', 'subscription', 2000, 5000, 'pro'),
  ('ADDON-MEM', 'Extra memory', 'More memory slots', 'addon', 500, 0, null);

insert into public.carts (id, user_id, status) values
  ('ca270000-0000-4000-8000-000000000001', 'a11ce000-0000-4000-8000-000000000001', 'active'),
  ('ca270000-0000-4000-8000-000000000002', 'b0b00000-0000-4000-8000-000000000002', 'converted');

insert into public.cart_items (cart_id, product_id, quantity)
select 'ca270000-0000-4000-8000-000000000001'::uuid, p.id, 2 from public.products p where p.sku = 'CRED-1000'
union all
select 'ca270000-0000-4000-8000-000000000002'::uuid, p.id, 1 from public.products p where p.sku = 'PLAN-PRO';

insert into public.orders (id, user_id, cart_id, status, subtotal_cents, tax_cents, placed_at, paid_at) values
  ('0bde0000-0000-4000-8000-000000000001', 'b0b00000-0000-4000-8000-000000000002',
   'ca270000-0000-4000-8000-000000000002', 'paid', 2000, 380, '2025-09-01 00:00:00+00', '2025-09-01 00:00:03+00');

insert into public.order_items (order_id, product_id, quantity, unit_price_cents)
select '0bde0000-0000-4000-8000-000000000001'::uuid, p.id, 1, p.price_cents from public.products p where p.sku = 'PLAN-PRO';

insert into public.payments (order_id, provider_payment_id, amount_cents, status, raw_event) values
  ('0bde0000-0000-4000-8000-000000000001', 'pi_fake_0001', 2380, 'succeeded', '{"livemode": false}');

-- Files, notifications, feedback, schedules --------------------------------------------------

insert into storage.objects (bucket_id, name, owner, owner_id, metadata) values
  ('user-files', 'a11ce000-0000-4000-8000-000000000001/papers/reading-list.md',
   'a11ce000-0000-4000-8000-000000000001', 'a11ce000-0000-4000-8000-000000000001',
   '{"size": 2048, "mimetype": "text/markdown"}');

insert into public.user_files (user_id, object_path, file_name, mime_type, size_bytes, checksum_sha256) values
  ('a11ce000-0000-4000-8000-000000000001', 'a11ce000-0000-4000-8000-000000000001/papers/reading-list.md',
   'reading-list.md', 'text/markdown', 2048, encode(extensions.digest('fake file body', 'sha256'), 'hex'));

insert into public.notifications (user_id, kind, title, body, read_at) values
  ('a11ce000-0000-4000-8000-000000000001', 'system', 'Welcome!', 'Your fake account is ready.', '2025-07-01 09:05:00+00'),
  ('a11ce000-0000-4000-8000-000000000001', 'memory', 'New memory saved', 'Alice prefers dark mode.', null),
  ('b0b00000-0000-4000-8000-000000000002', 'billing', 'Payment received', 'Order 100001 is paid.', null);

insert into public.user_feedback (user_id, session_id, rating, comment, tags) values
  ('a11ce000-0000-4000-8000-000000000001', '5e550000-0000-4000-8000-000000000001', 5, 'Helpful (fake) answer', array['accurate']),
  ('b0b00000-0000-4000-8000-000000000002', '5e550000-0000-4000-8000-000000000002', 3, null, array[]::text[]);

insert into public.scheduled_tasks (user_id, name, cron_expression, tool_name, arguments, next_run_at) values
  ('a11ce000-0000-4000-8000-000000000001', 'morning digest', '0 7 * * *', 'daily_digest', '{"format": "short"}',
   '2025-09-16 07:00:00+00');
