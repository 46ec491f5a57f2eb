-- pg-delta not-valid-constraint-convergence: a plain table's CHECK goes validated <-> NOT VALID (no VALIDATE looping back).

CREATE TABLE public.messages (payload jsonb, binary_payload bytea);
ALTER TABLE public.messages ADD CONSTRAINT messages_payload_exclusive CHECK (payload IS NULL OR binary_payload IS NULL);
