-- Two partitioned tables whose foreign keys reference each other, partitions with their own
-- keys and indexes: dropping them all (and, backward, creating them) must order without a cycle.
CREATE TABLE public.settings (key text PRIMARY KEY, value text);
