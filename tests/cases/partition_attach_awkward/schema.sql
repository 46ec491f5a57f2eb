-- Partitions attached after creation: different physical column order, a dropped column, a partition-only CHECK, partition default/NOT NULL extras.
CREATE TABLE public.logs (
    id bigint NOT NULL,
    logged_on date NOT NULL,
    level text NOT NULL DEFAULT 'info',
    message text
) PARTITION BY RANGE (logged_on);

CREATE TABLE public.logs_2024 (
    message text,
    obsolete integer,
    level text NOT NULL DEFAULT 'info',
    logged_on date NOT NULL,
    id bigint NOT NULL
);
ALTER TABLE public.logs_2024 DROP COLUMN obsolete;
ALTER TABLE public.logs_2024 ADD CONSTRAINT logs_2024_range CHECK (logged_on >= '2024-01-01' AND logged_on < '2025-01-01');
ALTER TABLE public.logs ATTACH PARTITION public.logs_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE public.logs_2025 PARTITION OF public.logs (
    message NOT NULL,
    level DEFAULT 'debug'
) FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE INDEX logs_level_idx ON ONLY public.logs (level);
CREATE INDEX logs_2024_level_idx ON public.logs_2024 (level);
ALTER INDEX public.logs_level_idx ATTACH PARTITION public.logs_2024_level_idx;
CREATE INDEX logs_2025_level_idx ON public.logs_2025 (level);
ALTER INDEX public.logs_level_idx ATTACH PARTITION public.logs_2025_level_idx;
