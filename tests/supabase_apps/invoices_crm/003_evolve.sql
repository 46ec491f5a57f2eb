-- Later: stricter money domain, address gains a region, enum value renamed, functions hardened.
alter domain public.money_cents add constraint money_cents_max check (value < 100000000000);
alter domain public.email_address drop constraint email_address_format;
alter domain public.email_address add constraint email_address_format check (value ~ '^[^@\s]+@[^@\s]+$') not valid;

alter type public.postal_address add attribute region text;
comment on column public.companies.billing_address is 'Where invoices are sent';

alter type public.invoice_status rename value 'void' to 'cancelled';

create or replace function public.address_label(addr public.postal_address)
returns text
language sql
immutable
set search_path = ''
as $$
  select concat_ws(', ', addr.line1, addr.city, addr.region, addr.postcode, addr.country);
$$;

-- days_overdue was marked volatile by accident; also rewrite as plain sql
drop function public.days_overdue(bigint);
create function public.days_overdue(p_invoice bigint)
returns integer
language sql
stable
set search_path = ''
as $$
  select greatest(current_date - due_on, 0) from public.invoices where id = p_invoice;
$$;

-- format_money was sql, becomes plpgsql with an extra default argument
drop function public.format_money(bigint, text, integer);
create function public.format_money(amount bigint, currency text default 'USD', decimals integer default 2, show_symbol boolean default true)
returns text
language plpgsql
immutable
set search_path = ''
as $$
begin
  if show_symbol then
    return currency || ' ' || to_char(amount / power(10, decimals), 'FM999G999G990D00');
  end if;
  return to_char(amount / power(10, decimals), 'FM999G999G990D00');
end;
$$;
comment on function public.format_money(bigint, text, integer, boolean) is 'Formats minor units for display';

alter function public.invoice_total(bigint) set search_path = '';
alter function public.is_overdue(public.invoices) immutable;
alter function public.is_overdue(public.invoices) stable;
alter function public.coalesce_default(anyelement, anyelement) parallel safe;
alter function public.first_non_empty(text[]) set search_path = public, pg_temp;
alter function public.mark_sent(bigint, date) security definer;

create or replace aggregate public.join_numbers(text) (
  sfunc = public.join_numbers_sfunc,
  stype = text,
  initcond = ''
);

comment on type public.invoice_status is 'Lifecycle of an invoice';
comment on function public.first_non_empty(text[]) is 'First argument that is neither null nor empty';
