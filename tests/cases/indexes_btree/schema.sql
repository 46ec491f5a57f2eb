-- B-tree indexes: unique, partial, expression lower(email), INCLUDE, DESC NULLS LAST, text_pattern_ops, collate, fillfactor, unique partial.
CREATE TABLE public.users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    username text,
    org_id bigint,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz,
    score integer
);

CREATE UNIQUE INDEX users_email_lower_idx ON public.users (lower(email));
CREATE UNIQUE INDEX users_username_active_idx ON public.users (username) WHERE deleted_at IS NULL;
CREATE INDEX users_org_created_idx ON public.users (org_id, created_at DESC) INCLUDE (email);
CREATE INDEX users_last_seen_idx ON public.users (last_seen_at DESC NULLS LAST);
CREATE INDEX users_score_idx ON public.users (score NULLS FIRST);
CREATE INDEX users_username_pattern_idx ON public.users (username text_pattern_ops);
CREATE INDEX users_email_c_idx ON public.users (email COLLATE "C" varchar_pattern_ops);
CREATE INDEX users_created_at_idx ON public.users USING btree (created_at) WITH (fillfactor = 80);
CREATE INDEX users_date_expr_idx ON public.users (((created_at AT TIME ZONE 'UTC')::date), (coalesce(score, 0) + 1));
CREATE INDEX users_deleted_idx ON public.users (id) WHERE deleted_at IS NOT NULL AND score > 10;
CREATE INDEX "Users Mixed Case Idx" ON public.users (org_id, username);
