-- A materialized view moves onto another table access method (CREATE MATERIALIZED VIEW … USING), its index kept.
CREATE ACCESS METHOD columnar_like TYPE TABLE HANDLER heap_tableam_handler;

CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric NOT NULL);

CREATE MATERIALIZED VIEW public.customer_totals AS
SELECT customer_id, sum(total) AS total FROM public.orders GROUP BY customer_id;

CREATE UNIQUE INDEX customer_totals_customer_id_idx ON public.customer_totals (customer_id);
