-- A CHECK added NOT VALID to a parent whose child holds it, validated: the child's valid copy goes first.
CREATE TABLE public.payments (
    id bigint NOT NULL,
    amount_cents integer NOT NULL
);
CREATE TABLE public.payments_2025 () INHERITS (public.payments);

ALTER TABLE public.payments_2025 ADD CONSTRAINT payments_amount_positive CHECK (amount_cents > 0);
ALTER TABLE public.payments ADD CONSTRAINT payments_amount_positive CHECK (amount_cents > 0) NOT VALID;
