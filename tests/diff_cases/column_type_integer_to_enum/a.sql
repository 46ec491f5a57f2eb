-- Membership roles stored as integers (Makerkit's organizations kit) become an enum, under a partial index and a default; integer has no cast to an enum, text has.

CREATE TABLE public.memberships (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL,
    role integer NOT NULL DEFAULT 0,
    roles_held integer[] NOT NULL DEFAULT '{}'
);
CREATE INDEX memberships_owners_idx ON public.memberships (organization_id) WHERE role = 2;
