-- Hash partitioning: four partitions by tenant, expression partition key, partition with its own storage parameter.
CREATE TABLE public.sessions (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    data jsonb,
    PRIMARY KEY (tenant_id, id)
) PARTITION BY HASH (tenant_id);

CREATE TABLE public.sessions_p0 PARTITION OF public.sessions FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE public.sessions_p1 PARTITION OF public.sessions FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE public.sessions_p2 PARTITION OF public.sessions FOR VALUES WITH (MODULUS 4, REMAINDER 2) WITH (fillfactor = 90);
CREATE TABLE public.sessions_p3 PARTITION OF public.sessions FOR VALUES WITH (MODULUS 4, REMAINDER 3);

CREATE TABLE public.keyed (
    email text NOT NULL
) PARTITION BY HASH (lower(email));
CREATE TABLE public.keyed_0 PARTITION OF public.keyed FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.keyed_1 PARTITION OF public.keyed FOR VALUES WITH (MODULUS 2, REMAINDER 1);
