-- Roles stored as integers become a domain over an enum (and a domain over an enum becomes an integer again the other way): no cast but through text.

CREATE TABLE public.memberships (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL,
    role integer NOT NULL DEFAULT 0
);
CREATE INDEX memberships_org_idx ON public.memberships (organization_id);
