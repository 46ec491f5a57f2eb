-- A partitioned table's and an inheritance parent's column defaults change while a partition
-- and a child keep defaults of their own: ALTER TABLE without ONLY would overwrite theirs.
CREATE TABLE public.readings (
    id bigint NOT NULL,
    taken_on date NOT NULL,
    source text DEFAULT 'sensor',
    quality integer DEFAULT 1
) PARTITION BY RANGE (taken_on);
CREATE TABLE public.readings_2024 PARTITION OF public.readings (quality DEFAULT 0)
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.readings_2025 PARTITION OF public.readings
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.contacts (
    id bigint NOT NULL,
    channel text DEFAULT 'email'
);
CREATE TABLE public.vip_contacts (
    channel text DEFAULT 'phone'
) INHERITS (public.contacts);
CREATE TABLE public.old_contacts () INHERITS (public.contacts);
