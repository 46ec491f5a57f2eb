-- A CHECK added NOT VALID to a parent whose child holds it, validated: the child's valid copy goes first.
CREATE TABLE public.payments (
    id bigint NOT NULL,
    amount_cents integer NOT NULL
);
CREATE TABLE public.payments_2025 () INHERITS (public.payments);
