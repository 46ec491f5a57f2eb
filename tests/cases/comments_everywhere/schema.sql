-- Comments on schema, extension, table, column, view column, matview, index, constraint, function, procedure, aggregate, type, enum, domain, sequence, trigger, policy, rule, event trigger, publication.
CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'Everything money-related';
COMMENT ON SCHEMA public IS 'standard public schema';

CREATE EXTENSION IF NOT EXISTS pg_trgm;
COMMENT ON EXTENSION pg_trgm IS 'trigram matching for fuzzy search';

CREATE TYPE billing.plan AS ENUM ('free', 'pro');
COMMENT ON TYPE billing.plan IS 'Subscription plan';

CREATE TYPE billing.line AS (sku text, qty integer);
COMMENT ON TYPE billing.line IS 'An invoice line';
COMMENT ON COLUMN billing.line.qty IS 'quantity, may be negative for credits';

CREATE DOMAIN billing.cents AS bigint CONSTRAINT cents_nonneg CHECK (VALUE >= 0);
COMMENT ON DOMAIN billing.cents IS 'Money in cents';
COMMENT ON CONSTRAINT cents_nonneg ON DOMAIN billing.cents IS 'no negative amounts';

CREATE SEQUENCE billing.invoice_no_seq;
COMMENT ON SEQUENCE billing.invoice_no_seq IS 'Human invoice numbers';

CREATE TABLE billing.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY,
    number bigint NOT NULL DEFAULT nextval('billing.invoice_no_seq'),
    amount billing.cents NOT NULL,
    plan billing.plan NOT NULL,
    note text,
    CONSTRAINT invoices_pkey PRIMARY KEY (id),
    CONSTRAINT invoices_amount_check CHECK (amount < 100000000)
);
COMMENT ON TABLE billing.invoices IS 'Issued invoices. Multi-line
comment with ''quotes'' and unicode: €';
COMMENT ON COLUMN billing.invoices.amount IS 'Total in cents';
COMMENT ON COLUMN billing.invoices.note IS '';
COMMENT ON CONSTRAINT invoices_pkey ON billing.invoices IS 'surrogate key';
COMMENT ON CONSTRAINT invoices_amount_check ON billing.invoices IS 'sanity limit';

CREATE INDEX invoices_plan_idx ON billing.invoices (plan);
COMMENT ON INDEX billing.invoices_plan_idx IS 'filter by plan';

CREATE VIEW billing.pro_invoices AS SELECT id, amount FROM billing.invoices WHERE plan = 'pro';
COMMENT ON VIEW billing.pro_invoices IS 'Pro plan invoices';
COMMENT ON COLUMN billing.pro_invoices.amount IS 'view column comment';

CREATE MATERIALIZED VIEW billing.totals AS SELECT plan, sum(amount) AS total FROM billing.invoices GROUP BY plan;
COMMENT ON MATERIALIZED VIEW billing.totals IS 'Per-plan totals';

CREATE FUNCTION billing.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$;
COMMENT ON FUNCTION billing.touch() IS 'no-op trigger function';

CREATE PROCEDURE billing.recalc(p_id bigint) LANGUAGE sql AS $$ SELECT p_id $$;
COMMENT ON PROCEDURE billing.recalc(bigint) IS 'recalculate one invoice';

CREATE AGGREGATE billing.total_cents(billing.cents) (SFUNC = int8pl, STYPE = bigint, INITCOND = '0');
COMMENT ON AGGREGATE billing.total_cents(billing.cents) IS 'sum of cents';

CREATE TRIGGER invoices_touch BEFORE UPDATE ON billing.invoices FOR EACH ROW EXECUTE FUNCTION billing.touch();
COMMENT ON TRIGGER invoices_touch ON billing.invoices IS 'keeps things fresh';

ALTER TABLE billing.invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_read ON billing.invoices FOR SELECT USING (true);
COMMENT ON POLICY invoices_read ON billing.invoices IS 'everyone may read';

CREATE RULE invoices_no_delete AS ON DELETE TO billing.invoices DO INSTEAD NOTHING;
COMMENT ON RULE invoices_no_delete ON billing.invoices IS 'invoices are immutable';

CREATE FUNCTION public.noop_event() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END; $$;
CREATE EVENT TRIGGER noop_ddl ON ddl_command_end EXECUTE FUNCTION public.noop_event();
COMMENT ON EVENT TRIGGER noop_ddl IS 'does nothing';

CREATE PUBLICATION billing_pub FOR TABLE billing.invoices;
COMMENT ON PUBLICATION billing_pub IS 'invoices to the warehouse';
