-- Later still: the money domain loses the max constraint again (some clients bill in IDR),
-- views are rebuilt with extra columns, payments get a method enum.
alter domain public.money_cents drop constraint money_cents_max;
alter domain public.currency_code set default 'EUR';

create type public.payment_method as enum ('card', 'bank_transfer', 'cash');
alter table private.payments add column method public.payment_method not null default 'card';

create or replace view public.invoice_summaries with (security_invoker = on) as
  select i.id, i.number, i.status, i.company_id,
         (public.invoice_total(i.id)).subtotal as subtotal,
         row_number() over (partition by i.company_id order by i.issued_on) as seq_in_company,
         sum((public.invoice_total(i.id)).subtotal) over (partition by i.company_id order by i.issued_on
                                                          rows between unbounded preceding and current row) as running_total,
         public.is_overdue(i) as overdue,
         rank() over w as rank_in_status
  from public.invoices i
  window w as (partition by i.status order by i.due_on nulls last);

create or replace function public.coalesce_default(val anyelement, fallback anyelement)
returns anyelement
language sql
immutable
parallel safe
strict
as $$
  select coalesce(val, fallback);
$$;

alter table public.companies add column shipping_address public.postal_address;

-- invoice_total learns about tax: OUT parameters change, so the function (and the view using it) are recreated
drop view public.invoice_summaries;
drop function public.invoice_total(bigint);
alter table public.invoice_lines add column tax_rate numeric(5, 4) not null default 0;
create function public.invoice_total(p_invoice bigint, out subtotal bigint, out tax bigint, out line_count integer)
language sql
stable
set search_path = ''
as $$
  select coalesce(sum(line_total), 0)::bigint,
         coalesce(sum(round(line_total * tax_rate)), 0)::bigint,
         count(*)::integer
  from public.invoice_lines where invoice_id = p_invoice;
$$;
comment on function public.invoice_total(bigint) is 'Subtotal, tax and number of lines';

create view public.invoice_summaries with (security_invoker = on) as
  select i.id, i.number, i.status, i.company_id,
         (public.invoice_total(i.id)).subtotal as subtotal,
         (public.invoice_total(i.id)).tax as tax,
         row_number() over (partition by i.company_id order by i.issued_on) as seq_in_company,
         public.is_overdue(i) as overdue
  from public.invoices i;

-- revenue function grows a column; the definer view over it must be rebuilt
drop view public.revenue_report;
drop function private.revenue_by_month();
create function private.revenue_by_month()
returns table (month date, currency text, method public.payment_method, total bigint)
language sql
stable
security definer
set search_path = ''
as $$
  select date_trunc('month', paid_at)::date, (amount).currency, method, sum((amount).amount)::bigint
  from private.payments group by 1, 2, 3;
$$;
revoke all on function private.revenue_by_month() from public, anon;
grant execute on function private.revenue_by_month() to authenticated;
create view public.revenue_report as
  select * from private.revenue_by_month();
revoke all on public.revenue_report from anon;
comment on view public.revenue_report is 'Runs as view owner via security definer function';

alter type public.money_amount rename attribute amount to minor_units;
create or replace function public.format_money(amount bigint, currency text default 'EUR', decimals integer default 2, show_symbol boolean default true)
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

create function public.join_numbers_final(state text)
returns text
language sql
immutable
as $$ select nullif(state, '') $$;
drop aggregate public.join_numbers(text);
create aggregate public.join_numbers(text) (
  sfunc = public.join_numbers_sfunc,
  stype = text,
  finalfunc = public.join_numbers_final,
  initcond = ''
);
comment on aggregate public.join_numbers(text) is 'Comma separated invoice numbers';
