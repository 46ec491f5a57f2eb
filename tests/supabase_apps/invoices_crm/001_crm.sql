-- Small-business CRM + invoicing. Domains for money/email, composite address type, enums.
create extension if not exists citext with schema extensions;

create domain public.money_cents as bigint
  constraint money_cents_nonnegative check (value >= 0);
comment on domain public.money_cents is 'Amounts in minor units';

create domain public.email_address as extensions.citext
  constraint email_address_format check (value ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');

create domain public.currency_code as char(3)
  default 'USD'
  not null;

create type public.postal_address as (
  line1 text,
  city text,
  postcode text,
  country char(2)
);
comment on type public.postal_address is 'Billing or shipping address';

create type public.invoice_status as enum ('draft', 'sent', 'paid', 'void');
create type public.money_amount as (amount bigint, currency text);

create table public.companies (
  id bigint generated always as identity primary key,
  owner_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  name text not null,
  billing_address public.postal_address,
  parent_id bigint references public.companies (id),
  created_at timestamptz not null default now()
);
comment on column public.companies.parent_id is 'Holding company, if any';

create table public.contacts (
  id bigint generated always as identity primary key,
  company_id bigint not null references public.companies (id) on delete cascade,
  full_name text not null,
  email public.email_address,
  phone text
);
create unique index contacts_company_email_idx on public.contacts (company_id, email) where email is not null;

create table public.invoices (
  id bigint generated always as identity primary key,
  company_id bigint not null references public.companies (id),
  number text not null unique,
  status public.invoice_status not null default 'draft',
  currency public.currency_code,
  issued_on date,
  due_on date,
  constraint invoices_due_after_issue check (due_on is null or issued_on is null or due_on >= issued_on)
);

create table public.invoice_lines (
  id bigint generated always as identity primary key,
  invoice_id bigint not null references public.invoices (id) on delete cascade,
  description text not null,
  quantity numeric(12, 3) not null default 1,
  unit_price public.money_cents not null,
  line_total public.money_cents generated always as ((quantity * unit_price)::bigint) stored
);
create index invoice_lines_invoice_id_idx on public.invoice_lines (invoice_id);

-- functions
create function public.invoice_total(p_invoice bigint, out subtotal bigint, out line_count integer)
language sql
stable
as $$
  select coalesce(sum(line_total), 0)::bigint, count(*)::integer
  from public.invoice_lines where invoice_id = p_invoice;
$$;
comment on function public.invoice_total(bigint) is 'Subtotal and number of lines';

create function public.format_money(amount bigint, currency text default 'USD', decimals integer default 2)
returns text
language sql
immutable
as $$
  select currency || ' ' || to_char(amount / power(10, decimals), 'FM999G999G990D00');
$$;

create function public.first_non_empty(variadic vals text[])
returns text
language sql
immutable
as $$
  select v from unnest(vals) v where coalesce(v, '') <> '' limit 1;
$$;

create function public.coalesce_default(val anyelement, fallback anyelement)
returns anyelement
language sql
immutable
as $$
  select coalesce(val, fallback);
$$;

create function public.address_label(addr public.postal_address)
returns text
language sql
immutable
as $$
  select concat_ws(', ', addr.line1, addr.city, addr.postcode, addr.country);
$$;

-- aggregate: concatenate invoice numbers
create function public.join_numbers_sfunc(state text, next text)
returns text
language sql
immutable
as $$
  select case when state is null then next else state || ', ' || next end;
$$;

create aggregate public.join_numbers(text) (
  sfunc = public.join_numbers_sfunc,
  stype = text
);

-- views
create view public.company_tree with (security_invoker = on) as
  with recursive tree as (
    select id, name, parent_id, 1 as depth, array[id] as path
    from public.companies where parent_id is null
    union all
    select c.id, c.name, c.parent_id, t.depth + 1, t.path || c.id
    from public.companies c join tree t on c.parent_id = t.id
  )
  select * from tree;

create view public.invoice_summaries with (security_invoker = on) as
  select i.id, i.number, i.status, i.company_id,
         (public.invoice_total(i.id)).subtotal as subtotal,
         row_number() over (partition by i.company_id order by i.issued_on) as seq_in_company,
         sum((public.invoice_total(i.id)).subtotal) over (partition by i.company_id order by i.issued_on
                                                          rows between unbounded preceding and current row) as running_total
  from public.invoices i;

alter table public.companies enable row level security;
alter table public.contacts enable row level security;
alter table public.invoices enable row level security;
alter table public.invoice_lines enable row level security;

create policy "owners manage companies" on public.companies for all to authenticated
  using (owner_id = (select auth.uid()));
create policy "owners manage contacts" on public.contacts for all to authenticated
  using (exists (select 1 from public.companies c where c.id = company_id and c.owner_id = (select auth.uid())));
create policy "owners manage invoices" on public.invoices for all to authenticated
  using (exists (select 1 from public.companies c where c.id = company_id and c.owner_id = (select auth.uid())));
create policy "owners manage lines" on public.invoice_lines for all to authenticated
  using (exists (select 1 from public.invoices i join public.companies c on c.id = i.company_id
                 where i.id = invoice_id and c.owner_id = (select auth.uid())));
