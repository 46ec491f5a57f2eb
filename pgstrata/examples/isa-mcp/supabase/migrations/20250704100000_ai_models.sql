-- AI providers and models, model description embeddings, and daily model statistics.

create table public.ai_providers (
  id text primary key,
  name text not null,
  base_url text,
  is_enabled boolean not null default true,
  created_at timestamptz not null default now()
);

create table public.models (
  id uuid primary key default gen_random_uuid(),
  provider_id text not null references public.ai_providers (id),
  model_name text not null,
  display_name text not null,
  model_type text not null check (model_type in ('chat', 'completion', 'embedding', 'image', 'audio', 'rerank')),
  capabilities text[] not null default '{}',
  context_window integer check (context_window > 0),
  max_output_tokens integer check (max_output_tokens > 0),
  input_price_per_mtok numeric(10, 4),
  output_price_per_mtok numeric(10, 4),
  is_active boolean not null default true,
  released_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint models_provider_name_key unique (provider_id, model_name)
);
create index models_capabilities_idx on public.models using gin (capabilities);

create table public.model_embeddings (
  id uuid primary key default gen_random_uuid(),
  model_id uuid not null references public.models (id) on delete cascade,
  description text not null,
  embedding extensions.vector(1536) not null,
  created_at timestamptz not null default now(),
  constraint model_embeddings_model_key unique (model_id)
);

create table public.model_statistics (
  id bigint generated always as identity primary key,
  model_id uuid not null references public.models (id) on delete cascade,
  stat_date date not null,
  request_count integer not null default 0 check (request_count >= 0),
  input_tokens bigint not null default 0,
  output_tokens bigint not null default 0,
  error_count integer not null default 0 check (error_count >= 0),
  avg_latency_ms numeric(10, 2),
  p95_latency_ms numeric(10, 2),
  total_cost numeric(12, 4) not null default 0,
  constraint model_statistics_day_key unique (model_id, stat_date),
  constraint model_statistics_errors_check check (error_count <= request_count)
);

create trigger models_set_updated_at before update on public.models
  for each row execute function public.set_updated_at();

alter table public.ai_providers enable row level security;
alter table public.models enable row level security;
alter table public.model_embeddings enable row level security;
alter table public.model_statistics enable row level security;

create policy "Providers are public" on public.ai_providers
  for select to anon, authenticated using (is_enabled);
create policy "Active models are public" on public.models
  for select to anon, authenticated using (is_active);
create policy "Model embeddings are public" on public.model_embeddings
  for select to anon, authenticated using (true);
create policy "Signed-in users read model statistics" on public.model_statistics
  for select to authenticated using (true);

create view public.model_leaderboard
with (security_invoker = true)
as
select m.id as model_id,
       m.provider_id,
       m.display_name,
       sum(s.request_count) as requests,
       sum(s.input_tokens + s.output_tokens) as tokens,
       round(sum(s.error_count)::numeric / nullif(sum(s.request_count), 0), 4) as error_rate,
       round(avg(s.avg_latency_ms), 2) as avg_latency_ms
from public.models m
join public.model_statistics s on s.model_id = m.id
group by m.id, m.provider_id, m.display_name;
