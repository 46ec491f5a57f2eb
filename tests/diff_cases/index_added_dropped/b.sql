-- Indexes added (unique expression, BRIN, DESC NULLS LAST) and one dropped.

CREATE TABLE public.users (id bigint PRIMARY KEY, email text NOT NULL, created_at timestamptz NOT NULL, last_seen timestamptz);
CREATE UNIQUE INDEX users_email_lower_idx ON public.users (lower(email));
CREATE INDEX users_created_brin ON public.users USING brin (created_at);
CREATE INDEX users_last_seen_idx ON public.users (last_seen DESC NULLS LAST);
