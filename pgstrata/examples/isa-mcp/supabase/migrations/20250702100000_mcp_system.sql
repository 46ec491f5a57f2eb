-- The MCP registry: servers, tools, resources, prompts, and tool executions.

create table public.mcp_servers (
  id uuid primary key default gen_random_uuid(),
  name text not null unique,
  transport text not null check (transport in ('stdio', 'sse', 'streamable_http')),
  endpoint text,
  is_enabled boolean not null default true,
  config jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint mcp_servers_endpoint_check check (transport = 'stdio' or endpoint is not null)
);

create table public.mcp_tools (
  id bigint generated always as identity primary key,
  server_id uuid references public.mcp_servers (id) on delete cascade,
  name text not null unique,
  description text not null default '',
  category text not null default 'general',
  input_schema jsonb not null default '{"type": "object"}'::jsonb,
  output_schema jsonb,
  is_active boolean not null default true,
  version text not null default '1.0.0',
  call_count bigint not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index mcp_tools_category_idx on public.mcp_tools (category) where is_active;
create index mcp_tools_name_trgm_idx on public.mcp_tools using gin (name extensions.gin_trgm_ops);

create table public.mcp_resources (
  id bigint generated always as identity primary key,
  server_id uuid references public.mcp_servers (id) on delete cascade,
  uri text not null unique,
  name text not null,
  description text,
  mime_type text not null default 'text/plain',
  metadata jsonb not null default '{}'::jsonb,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table public.mcp_prompts (
  id bigint generated always as identity primary key,
  server_id uuid references public.mcp_servers (id) on delete cascade,
  name text not null unique,
  description text,
  template text not null,
  arguments jsonb not null default '[]'::jsonb check (jsonb_typeof(arguments) = 'array'),
  category text not null default 'general',
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table public.mcp_tool_executions (
  id bigint generated always as identity primary key,
  tool_id bigint not null references public.mcp_tools (id) on delete cascade,
  user_id uuid references public.users (id) on delete set null,
  session_id uuid references public.sessions (id) on delete set null,
  arguments jsonb not null default '{}'::jsonb,
  result jsonb,
  status text not null default 'running' check (status in ('running', 'succeeded', 'failed', 'timed_out')),
  error_message text,
  duration_ms integer check (duration_ms >= 0),
  credits_charged numeric(10, 2) not null default 0,
  started_at timestamptz not null default now(),
  finished_at timestamptz
);
create index mcp_tool_executions_tool_id_idx on public.mcp_tool_executions (tool_id, started_at desc);
create index mcp_tool_executions_user_id_idx on public.mcp_tool_executions (user_id, started_at desc);

create trigger mcp_servers_set_updated_at before update on public.mcp_servers
  for each row execute function public.set_updated_at();
create trigger mcp_tools_set_updated_at before update on public.mcp_tools
  for each row execute function public.set_updated_at();
create trigger mcp_resources_set_updated_at before update on public.mcp_resources
  for each row execute function public.set_updated_at();
create trigger mcp_prompts_set_updated_at before update on public.mcp_prompts
  for each row execute function public.set_updated_at();

alter table public.mcp_servers enable row level security;
alter table public.mcp_tools enable row level security;
alter table public.mcp_resources enable row level security;
alter table public.mcp_prompts enable row level security;
alter table public.mcp_tool_executions enable row level security;

-- The catalogue is public; only the service role writes it (it bypasses RLS).
create policy "Active servers are public" on public.mcp_servers
  for select to anon, authenticated using (is_enabled);
create policy "Active tools are public" on public.mcp_tools
  for select to anon, authenticated using (is_active);
create policy "Active resources are public" on public.mcp_resources
  for select to anon, authenticated using (is_active);
create policy "Active prompts are public" on public.mcp_prompts
  for select to anon, authenticated using (is_active);
create policy "Users read their own tool executions" on public.mcp_tool_executions
  for select to authenticated using ((select auth.uid()) = user_id);
