-- Distributed tracing (traces, spans, span logs), monthly-partitioned events, usage metrics.

create table public.traces (
  id uuid primary key default gen_random_uuid(),
  trace_id text not null unique check (trace_id ~ '^[0-9a-f]{32}$'),
  user_id uuid references public.users (id) on delete set null,
  session_id uuid references public.sessions (id) on delete set null,
  name text not null,
  status text not null default 'ok' check (status in ('ok', 'error', 'unset')),
  attributes jsonb not null default '{}'::jsonb,
  started_at timestamptz not null default now(),
  ended_at timestamptz,
  constraint traces_time_order check (ended_at is null or ended_at >= started_at)
);
create index traces_user_id_idx on public.traces (user_id, started_at desc);

create table public.spans (
  id uuid primary key default gen_random_uuid(),
  trace_id uuid not null references public.traces (id) on delete cascade,
  span_id text not null check (span_id ~ '^[0-9a-f]{16}$'),
  parent_id uuid references public.spans (id) on delete cascade,
  name text not null,
  kind text not null default 'internal' check (kind in ('internal', 'server', 'client', 'producer', 'consumer')),
  status text not null default 'ok' check (status in ('ok', 'error', 'unset')),
  attributes jsonb not null default '{}'::jsonb,
  started_at timestamptz not null default now(),
  ended_at timestamptz,
  duration_ms double precision generated always as
    (extract(epoch from (ended_at - started_at)) * 1000) stored,
  constraint spans_trace_span_key unique (trace_id, span_id)
);
create index spans_parent_id_idx on public.spans (parent_id);

create table public.span_logs (
  id bigint generated always as identity primary key,
  span_id uuid not null references public.spans (id) on delete cascade,
  level text not null default 'info' check (level in ('debug', 'info', 'warning', 'error')),
  message text not null,
  payload jsonb,
  logged_at timestamptz not null default now()
);
create index span_logs_span_id_idx on public.span_logs (span_id, logged_at);

-- System events, one partition per month (plus a default one for stragglers).
create table public.events (
  id uuid not null default gen_random_uuid(),
  occurred_at timestamptz not null default now(),
  event_type text not null,
  source text not null default 'mcp',
  user_id uuid,
  session_id uuid,
  trace_id uuid,
  payload jsonb not null default '{}'::jsonb,
  primary key (id, occurred_at)
) partition by range (occurred_at);

create table public.events_2025_07 partition of public.events
  for values from ('2025-07-01 00:00:00+00') to ('2025-08-01 00:00:00+00');
create table public.events_2025_08 partition of public.events
  for values from ('2025-08-01 00:00:00+00') to ('2025-09-01 00:00:00+00');
create table public.events_2025_09 partition of public.events
  for values from ('2025-09-01 00:00:00+00') to ('2025-10-01 00:00:00+00');
create table public.events_default partition of public.events default;

create index events_type_time_idx on public.events (event_type, occurred_at desc);
create index events_user_id_idx on public.events (user_id, occurred_at desc) where user_id is not null;

create table public.usage_metrics (
  id bigint generated always as identity primary key,
  user_id uuid not null references public.users (id) on delete cascade,
  metric_date date not null,
  api_calls integer not null default 0 check (api_calls >= 0),
  tool_calls integer not null default 0 check (tool_calls >= 0),
  tokens_used bigint not null default 0 check (tokens_used >= 0),
  credits_used numeric(12, 2) not null default 0,
  constraint usage_metrics_user_day_key unique (user_id, metric_date)
);

alter table public.traces enable row level security;
alter table public.spans enable row level security;
alter table public.span_logs enable row level security;
alter table public.events enable row level security;
alter table public.usage_metrics enable row level security;

create policy "Users read their own traces" on public.traces
  for select to authenticated using ((select auth.uid()) = user_id);
create policy "Users read spans of their traces" on public.spans
  for select to authenticated
  using (exists (select 1 from public.traces t where t.id = spans.trace_id and t.user_id = (select auth.uid())));
create policy "Users read logs of their spans" on public.span_logs
  for select to authenticated
  using (exists (select 1 from public.spans s join public.traces t on t.id = s.trace_id
                 where s.id = span_logs.span_id and t.user_id = (select auth.uid())));
create policy "Users read their own events" on public.events
  for select to authenticated using ((select auth.uid()) = user_id);
create policy "Users read their own usage" on public.usage_metrics
  for select to authenticated using ((select auth.uid()) = user_id);

-- Tracing data is written by the service role; clients only read.
revoke insert, update, delete, truncate on public.traces, public.spans, public.span_logs, public.events
  from anon, authenticated;
