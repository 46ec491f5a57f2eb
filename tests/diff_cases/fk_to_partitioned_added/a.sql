-- An FK from a plain table to a partitioned table (PG12+) and from a partitioned table to a plain one are added.

CREATE TABLE public.tenants (id integer PRIMARY KEY);
CREATE TABLE public.docs (
    tenant_id integer NOT NULL,
    id bigint NOT NULL,
    PRIMARY KEY (tenant_id, id)
) PARTITION BY LIST (tenant_id);
CREATE TABLE public.docs_1 PARTITION OF public.docs FOR VALUES IN (1);
CREATE TABLE public.docs_rest PARTITION OF public.docs DEFAULT;
CREATE TABLE public.shares (id integer PRIMARY KEY, tenant_id integer NOT NULL, doc_id bigint NOT NULL);
