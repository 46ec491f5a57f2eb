-- Two tables rebuilt at once, each with a policy reading the other: neither old copy can be dropped first.
CREATE TABLE public.orders (id bigint PRIMARY KEY, created_at date, updated_at date);
CREATE TABLE public.payments (id bigint NOT NULL, order_id bigint NOT NULL, provider text NOT NULL);
ALTER TABLE public.payments ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY payments_member ON public.payments FOR SELECT USING (EXISTS (SELECT 1 FROM public.orders o WHERE o.id = order_id));
CREATE POLICY orders_paid ON public.orders FOR SELECT USING (EXISTS (SELECT 1 FROM public.payments p WHERE p.order_id = id));
