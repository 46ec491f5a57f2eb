-- Roles stored as integers become a domain over an enum (and a domain over an enum becomes an integer again the other way): no cast but through text.

CREATE TYPE public.membership_role AS ENUM ('0', '1', 'owner');
CREATE DOMAIN public.member_role AS public.membership_role NOT NULL;
CREATE TABLE public.memberships (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL,
    role public.member_role NOT NULL DEFAULT '0'
);
CREATE INDEX memberships_org_idx ON public.memberships (organization_id);
