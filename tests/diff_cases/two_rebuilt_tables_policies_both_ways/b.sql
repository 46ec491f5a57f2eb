-- orders' columns swapped, payments partitioned: the old copies' policies go before the renames.
CREATE TABLE public.orders (id bigint PRIMARY KEY, updated_at date, created_at date);
CREATE TABLE public.payments (id bigint NOT NULL, order_id bigint NOT NULL, provider text NOT NULL) PARTITION BY LIST (provider);
ALTER TABLE public.payments ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY payments_member ON public.payments FOR SELECT USING (EXISTS (SELECT 1 FROM public.orders o WHERE o.id = order_id));
CREATE POLICY orders_paid ON public.orders FOR SELECT USING (EXISTS (SELECT 1 FROM public.payments p WHERE p.order_id = id));
