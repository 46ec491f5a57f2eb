-- requires_extension: pg_jsonschema, http
-- A small marketplace: product attributes under a JSON Schema CHECK (pg_jsonschema), partners'
-- webhook endpoints called with the http extension, RLS the Supabase way.  The stand-ins of
-- pg_jsonschema and http stand in for the real extensions (the test servers have neither).

create extension if not exists pg_jsonschema with schema extensions;
create extension if not exists http with schema extensions;

create table public.products (
  id bigint generated always as identity primary key,
  owner_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 120),
  price_cents integer not null check (price_cents >= 0),
  attributes jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  constraint products_attributes_schema check (
    extensions.jsonb_matches_schema(
      '{
        "type": "object",
        "properties": {
          "color": {"type": "string", "maxLength": 32},
          "sizes": {"type": "array", "items": {"type": "string", "enum": ["XS", "S", "M", "L", "XL"]}, "uniqueItems": true},
          "weight_grams": {"type": "integer", "minimum": 0}
        },
        "additionalProperties": false
      }',
      attributes
    )
  )
);

create index products_owner_id_idx on public.products (owner_id);

alter table public.products enable row level security;

create policy "Products are public" on public.products
  for select to anon, authenticated using (true);

create policy "Owners insert their products" on public.products
  for insert to authenticated with check ((select auth.uid()) = owner_id);

create policy "Owners update their products" on public.products
  for update to authenticated
  using ((select auth.uid()) = owner_id) with check ((select auth.uid()) = owner_id);

create table public.webhook_endpoints (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  url text not null check (url ~ '^https://'),
  events text[] not null default '{product.created}',
  active boolean not null default true,
  created_at timestamptz not null default now()
);

alter table public.webhook_endpoints enable row level security;

create policy "Owners manage their endpoints" on public.webhook_endpoints
  for all to authenticated
  using ((select auth.uid()) = owner_id) with check ((select auth.uid()) = owner_id);
