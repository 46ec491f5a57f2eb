-- Comments on the indexes behind PRIMARY KEY / UNIQUE constraints (COMMENT ON INDEX, not ON
-- CONSTRAINT): added, changed, and kept on a key that is re-created for other columns.
CREATE TABLE public.members (id bigint PRIMARY KEY, org_id bigint NOT NULL, email text NOT NULL,
    CONSTRAINT members_email_key UNIQUE (email));
CREATE TABLE public.seats (org_id bigint NOT NULL, seat integer NOT NULL, CONSTRAINT seats_pkey PRIMARY KEY (org_id));
COMMENT ON INDEX public.members_email_key IS 'one account per address';
COMMENT ON INDEX public.seats_pkey IS 'seat key';
