CREATE TABLE public.members (id bigint PRIMARY KEY, org_id bigint NOT NULL, email text NOT NULL,
    CONSTRAINT members_email_key UNIQUE (email));
CREATE TABLE public.seats (org_id bigint NOT NULL, seat integer NOT NULL, CONSTRAINT seats_pkey PRIMARY KEY (org_id, seat));
COMMENT ON INDEX public.members_pkey IS 'member key';
COMMENT ON INDEX public.members_email_key IS 'one account per e-mail address';
COMMENT ON INDEX public.seats_pkey IS 'seat key';
COMMENT ON CONSTRAINT members_email_key ON public.members IS 'the constraint itself';
