-- Dependency corner: FK referencing a UNIQUE constraint (not the PK), FK referencing a unique index, FK to a composite unique key.
CREATE TABLE public.accounts (
    id bigint PRIMARY KEY,
    external_id text NOT NULL,
    tenant text NOT NULL,
    slug text NOT NULL,
    CONSTRAINT accounts_external_id_key UNIQUE (external_id),
    CONSTRAINT accounts_tenant_slug_key UNIQUE (tenant, slug)
);

CREATE UNIQUE INDEX accounts_slug_only_idx ON public.accounts (slug);

CREATE TABLE public.webhooks (
    id bigint PRIMARY KEY,
    account_external_id text REFERENCES public.accounts(external_id) ON UPDATE CASCADE,
    tenant text,
    account_slug text,
    any_slug text,
    FOREIGN KEY (tenant, account_slug) REFERENCES public.accounts(tenant, slug),
    CONSTRAINT webhooks_any_slug_fkey FOREIGN KEY (any_slug) REFERENCES public.accounts(slug)
);
