-- An inheritance parent (old-style partitioning) is dropped while its child stays as a table of its own: NO INHERIT before the parent goes, the inherited columns kept, not added again.

CREATE TABLE public.logs (
    id bigint NOT NULL,
    action text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT logs_action_not_blank CHECK (action <> '')
);
CREATE INDEX logs_created_at_idx ON public.logs (created_at);
CREATE TABLE public.logs_2024 (
    archived boolean NOT NULL DEFAULT true,
    CONSTRAINT logs_2024_in_year CHECK (created_at < '2025-01-01')
) INHERITS (public.logs);
CREATE INDEX logs_2024_created_at_idx ON public.logs_2024 (created_at);
