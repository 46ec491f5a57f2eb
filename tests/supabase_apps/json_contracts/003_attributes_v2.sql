-- Attributes v2: a required "kind" (physical or digital), a "dimensions" object for physical
-- goods; shipping addresses as a jsonb domain checked by its own schema.

alter table public.products drop constraint products_attributes_schema;

update public.products set attributes = attributes || '{"kind": "physical"}'::jsonb;

alter table public.products add constraint products_attributes_schema check (
  extensions.jsonb_matches_schema(
    '{
      "type": "object",
      "required": ["kind"],
      "properties": {
        "kind": {"enum": ["physical", "digital"]},
        "color": {"type": "string", "maxLength": 32},
        "sizes": {"type": "array", "items": {"type": "string", "enum": ["XS", "S", "M", "L", "XL"]}, "uniqueItems": true},
        "weight_grams": {"type": "integer", "minimum": 0},
        "dimensions": {
          "type": "object",
          "required": ["width", "height", "depth"],
          "properties": {
            "width": {"type": "number", "exclusiveMinimum": 0},
            "height": {"type": "number", "exclusiveMinimum": 0},
            "depth": {"type": "number", "exclusiveMinimum": 0}
          },
          "additionalProperties": false
        }
      },
      "if": {"properties": {"kind": {"const": "digital"}}},
      "then": {"not": {"required": ["weight_grams"]}},
      "additionalProperties": false
    }',
    attributes
  )
);

create domain public.postal_address as jsonb
  check (extensions.jsonb_matches_schema(
    '{
      "type": "object",
      "required": ["line1", "city", "country"],
      "properties": {
        "line1": {"type": "string", "minLength": 1},
        "line2": {"type": ["string", "null"]},
        "city": {"type": "string", "minLength": 1},
        "postcode": {"type": "string", "pattern": "^[A-Za-z0-9 -]{3,10}$"},
        "country": {"type": "string", "pattern": "^[A-Z]{2}$"}
      }
    }',
    value
  ));

create table public.orders (
  id bigint generated always as identity primary key,
  product_id bigint not null references public.products (id),
  buyer_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  ship_to public.postal_address,
  created_at timestamptz not null default now()
);

alter table public.orders enable row level security;

create policy "Buyers see their orders" on public.orders
  for select to authenticated using ((select auth.uid()) = buyer_id);

create policy "Buyers place orders" on public.orders
  for insert to authenticated with check ((select auth.uid()) = buyer_id);
