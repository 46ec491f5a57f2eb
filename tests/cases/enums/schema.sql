-- Enums: defaults, enum arrays, values with spaces/quotes, values added BEFORE/AFTER (fractional sort order), enum in an index.
CREATE TYPE public.order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled');
CREATE TYPE public.user_role AS ENUM ('owner', 'admin', 'member', 'viewer');
CREATE TYPE public."Odd Labels" AS ENUM ('with space', 'it''s', 'UPPER', '');
CREATE TYPE public.priority AS ENUM ('low', 'high');
ALTER TYPE public.priority ADD VALUE 'medium' BEFORE 'high';
ALTER TYPE public.priority ADD VALUE 'urgent' AFTER 'high';
ALTER TYPE public.priority ADD VALUE 'lowest' BEFORE 'low';

CREATE TABLE public.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status public.order_status NOT NULL DEFAULT 'pending',
    history public.order_status[] NOT NULL DEFAULT '{}'::public.order_status[],
    roles public.user_role[] DEFAULT ARRAY['member'::public.user_role],
    label public."Odd Labels",
    priority public.priority DEFAULT 'medium'::public.priority
);

CREATE INDEX orders_open_idx ON public.orders (id) WHERE status IN ('pending', 'paid');
