-- Call the owner's endpoints on every new product (as Supabase webhooks did before pg_net:
-- a synchronous extensions.http_post in an AFTER INSERT trigger), and log each delivery.

create table public.webhook_deliveries (
  id bigint generated always as identity primary key,
  endpoint_id uuid not null references public.webhook_endpoints (id) on delete cascade,
  event text not null,
  payload jsonb not null,
  status integer,
  response_headers extensions.http_header[],
  delivered_at timestamptz not null default now()
);

create index webhook_deliveries_endpoint_id_idx on public.webhook_deliveries (endpoint_id);

alter table public.webhook_deliveries enable row level security;

create policy "Owners read their deliveries" on public.webhook_deliveries
  for select to authenticated
  using (exists (
    select 1 from public.webhook_endpoints e
    where e.id = endpoint_id and e.owner_id = (select auth.uid())
  ));

create or replace function public.notify_product_created()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  endpoint record;
  body jsonb := jsonb_build_object('type', 'product.created', 'record', to_jsonb(new));
  response extensions.http_response;
begin
  for endpoint in
    select e.id, e.url from public.webhook_endpoints e
    where e.owner_id = new.owner_id and e.active and 'product.created' = any (e.events)
  loop
    response := extensions.http_post(endpoint.url, body::text, 'application/json');
    insert into public.webhook_deliveries (endpoint_id, event, payload, status, response_headers)
    values (endpoint.id, 'product.created', body, response.status, response.headers);
  end loop;
  return new;
end;
$$;

create trigger on_product_created
  after insert on public.products
  for each row execute function public.notify_product_created();
