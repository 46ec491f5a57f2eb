-- orders' columns swapped and payments partitioned: the old payments' policy is dropped before the view.
CREATE TABLE public.orders (id bigint PRIMARY KEY, updated_at date, created_at date);
CREATE VIEW public.order_ids AS SELECT id FROM public.orders;
CREATE TABLE public.payments (id bigint NOT NULL, order_id bigint NOT NULL, provider text NOT NULL) PARTITION BY LIST (provider);
CREATE TABLE public.payments_other PARTITION OF public.payments DEFAULT;
ALTER TABLE public.payments ENABLE ROW LEVEL SECURITY;
CREATE POLICY payments_member ON public.payments FOR SELECT USING (order_id IN (SELECT id FROM public.order_ids));
CREATE TABLE public.refunds (id bigint PRIMARY KEY, payment_id bigint NOT NULL, amount numeric NOT NULL DEFAULT 0);
CREATE FUNCTION public.order_seq_next() RETURNS bigint LANGUAGE sql AS $$ SELECT 1::bigint $$;
ALTER TABLE public.refunds ADD CONSTRAINT refunds_amount_check CHECK (amount >= 0);
CREATE MATERIALIZED VIEW public.pay_stats AS SELECT p.provider, count(*) AS n FROM public.payments p JOIN public.orders o ON o.id = p.order_id GROUP BY p.provider;
CREATE UNIQUE INDEX pay_stats_pk ON public.pay_stats (provider);
