-- A parent's CHECK added NOT VALID (old rows unchecked) over a child that already holds it, validated (PostgreSQL's inherit regression test, invalid_check_con): the child's valid copy is made before the parent's.
CREATE TABLE public.payments (
    id bigint NOT NULL,
    amount_cents integer NOT NULL
);
CREATE TABLE public.payments_2025 () INHERITS (public.payments);

ALTER TABLE public.payments_2025 ADD CONSTRAINT payments_amount_positive CHECK (amount_cents > 0);
ALTER TABLE public.payments ADD CONSTRAINT payments_amount_positive CHECK (amount_cents > 0) NOT VALID;
