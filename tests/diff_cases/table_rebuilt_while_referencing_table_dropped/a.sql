-- Users readable by fellow members: the TO state drops memberships (and the policy reading it) and rebuilds users (a column between others).
CREATE TABLE public.users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    full_name text
);

CREATE TABLE public.memberships (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL,
    user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE
);

ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Users can read the data of users in the same organization" ON public.users
    FOR SELECT USING (EXISTS (
        SELECT 1 FROM public.memberships m
        WHERE m.user_id = users.id
          AND m.organization_id IN (SELECT organization_id FROM public.memberships WHERE user_id = users.id)
    ));
