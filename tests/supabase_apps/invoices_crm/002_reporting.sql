-- Reporting: a private schema with a security definer function, exposed through a view
-- (the "security definer view" pattern), plus an overdue computation.
create schema if not exists private;

create table private.payments (
  id bigint generated always as identity primary key,
  invoice_id bigint not null references public.invoices (id) on delete cascade,
  amount public.money_amount not null,
  paid_at timestamptz not null default now()
);

create function private.revenue_by_month()
returns table (month date, currency text, total bigint)
language sql
stable
security definer
as $$
  select date_trunc('month', paid_at)::date, (amount).currency, sum((amount).amount)::bigint
  from private.payments group by 1, 2;
$$;
revoke all on function private.revenue_by_month() from public;
grant execute on function private.revenue_by_month() to authenticated;

create view public.revenue_report as
  select * from private.revenue_by_month();
revoke all on public.revenue_report from anon;
comment on view public.revenue_report is 'Runs as view owner via security definer function';

create function public.is_overdue(inv public.invoices)
returns boolean
language sql
stable
as $$
  select inv.status = 'sent' and inv.due_on < current_date;
$$;

create function public.days_overdue(p_invoice bigint)
returns integer
language plpgsql
volatile
as $$
declare d date;
begin
  select due_on into d from public.invoices where id = p_invoice;
  return greatest(current_date - d, 0);
end;
$$;

create function public.mark_sent(p_invoice bigint, p_when date default current_date)
returns public.invoices
language sql
as $$
  update public.invoices set status = 'sent', issued_on = p_when where id = p_invoice returning *;
$$;

comment on column public.invoices.number is 'Human readable invoice number, e.g. INV-2024-0001';
comment on function public.format_money(bigint, text, integer) is 'Formats minor units for display';
