-- FKs to and from partitioned tables (PG12+): partitioned -> plain, plain -> partitioned (PK includes the key), partitioned -> partitioned.
CREATE TABLE public.tenants (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE public.invoices (
    tenant_id integer NOT NULL REFERENCES public.tenants(id) ON DELETE CASCADE,
    id bigint NOT NULL,
    issued_on date NOT NULL,
    PRIMARY KEY (tenant_id, id)
) PARTITION BY LIST (tenant_id);
CREATE TABLE public.invoices_t1 PARTITION OF public.invoices FOR VALUES IN (1);
CREATE TABLE public.invoices_rest PARTITION OF public.invoices DEFAULT;

CREATE TABLE public.payments (
    id bigint PRIMARY KEY,
    tenant_id integer NOT NULL,
    invoice_id bigint NOT NULL,
    CONSTRAINT payments_invoice_fkey FOREIGN KEY (tenant_id, invoice_id) REFERENCES public.invoices(tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE public.invoice_lines (
    tenant_id integer NOT NULL,
    invoice_id bigint NOT NULL,
    line_no integer NOT NULL,
    amount numeric(12,2),
    PRIMARY KEY (tenant_id, invoice_id, line_no),
    FOREIGN KEY (tenant_id, invoice_id) REFERENCES public.invoices(tenant_id, id)
) PARTITION BY LIST (tenant_id);
CREATE TABLE public.invoice_lines_t1 PARTITION OF public.invoice_lines FOR VALUES IN (1);
CREATE TABLE public.invoice_lines_rest PARTITION OF public.invoice_lines DEFAULT;
