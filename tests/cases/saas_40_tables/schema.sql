-- min_version: 15
-- A realistic 40-table multi-tenant SaaS backend: orgs, users, memberships, projects, tasks, billing, webhooks, audit_log partitioned by month, RLS, triggers, views.
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['anon', 'authenticated', 'service_role'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Types -----------------------------------------------------------------------
CREATE TYPE public.member_role AS ENUM ('owner', 'admin', 'member', 'guest');
CREATE TYPE public.task_status AS ENUM ('backlog', 'todo', 'in_progress', 'in_review', 'done', 'cancelled');
CREATE TYPE public.task_priority AS ENUM ('none', 'low', 'medium', 'high', 'urgent');
CREATE TYPE public.subscription_status AS ENUM ('trialing', 'active', 'past_due', 'canceled', 'unpaid');
CREATE TYPE public.invoice_status AS ENUM ('draft', 'open', 'paid', 'void', 'uncollectible');
CREATE TYPE public.notification_kind AS ENUM ('mention', 'assignment', 'comment', 'due_soon', 'system');
CREATE TYPE public.custom_field_kind AS ENUM ('text', 'number', 'date', 'select', 'checkbox');
CREATE DOMAIN public.hex_color AS text CHECK (VALUE ~ '^#[0-9a-fA-F]{6}$');
CREATE DOMAIN public.money_cents AS bigint CHECK (VALUE >= 0);

-- Helpers ---------------------------------------------------------------------
CREATE FUNCTION public.set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END; $$;

CREATE FUNCTION public.current_user_id() RETURNS uuid
    LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

-- Identity and tenancy -----------------------------------------------------------
CREATE TABLE public.users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email citext NOT NULL UNIQUE,
    display_name text,
    avatar_url text,
    is_staff boolean NOT NULL DEFAULT false,
    last_sign_in_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.user_profiles (
    user_id uuid PRIMARY KEY REFERENCES public.users(id) ON DELETE CASCADE,
    bio text,
    timezone text NOT NULL DEFAULT 'UTC',
    locale text NOT NULL DEFAULT 'en',
    preferences jsonb NOT NULL DEFAULT '{}'::jsonb,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.organizations (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{3,40}$'),
    name text NOT NULL,
    owner_id uuid NOT NULL REFERENCES public.users(id),
    settings jsonb NOT NULL DEFAULT '{}'::jsonb,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.memberships (
    org_id uuid NOT NULL REFERENCES public.organizations(id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES public.users(id) ON DELETE CASCADE,
    role public.member_role NOT NULL DEFAULT 'member',
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, user_id)
);
CREATE INDEX memberships_user_idx ON public.memberships (user_id);

CREATE FUNCTION public.is_org_member(p_org uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
    AS $$ SELECT EXISTS (SELECT 1 FROM public.memberships m WHERE m.org_id = p_org AND m.user_id = public.current_user_id()) $$;

CREATE FUNCTION public.org_role(p_org uuid) RETURNS public.member_role
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
    AS $$ SELECT m.role FROM public.memberships m WHERE m.org_id = p_org AND m.user_id = public.current_user_id() $$;

CREATE TABLE public.invitations (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    org_id uuid NOT NULL REFERENCES public.organizations(id) ON DELETE CASCADE,
    email citext NOT NULL,
    role public.member_role NOT NULL DEFAULT 'member',
    token text NOT NULL UNIQUE,
    invited_by uuid REFERENCES public.users(id) ON DELETE SET NULL,
    accepted_at timestamptz,
    expires_at timestamptz NOT NULL DEFAULT (now() + interval '7 days'),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX invitations_pending_idx ON public.invitations (org_id, email) WHERE accepted_at IS NULL;

CREATE TABLE public.teams (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    org_id uuid NOT NULL REFERENCES public.organizations(id) ON DELETE CASCADE,
    name text NOT NULL,
    color public.hex_color,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (org_id, name)
);

CREATE TABLE public.team_members (
    team_id uuid NOT NULL REFERENCES public.teams(id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES public.users(id) ON DELETE CASCADE,
    is_lead boolean NOT NULL DEFAULT false,
    PRIMARY KEY (team_id, user_id)
);

CREATE TABLE public.sessions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL REFERENCES public.users(id) ON DELETE CASCADE,
    user_agent text,
    ip inet,
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_user_idx ON public.sessions (user_id);
CREATE INDEX sessions_expires_brin ON public.sessions USING brin (expires_at);

CREATE TABLE public.api_keys (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    org_id uuid NOT NULL REFERENCES public.organizations(id) ON DELETE CASCADE,
    name text NOT NULL,
    prefix char(8) NOT NULL,
    hashed_key text NOT NULL,
    scopes text[] NOT NULL DEFAULT '{}',
    last_used_at timestamptz,
    revoked_at timestamptz,
    created_by uuid REFERENCES public.users(id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT api_keys_prefix_key UNIQUE (prefix)
);

-- Work ------------------------------------------------------------------------------
CREATE TABLE public.projects (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    org_id uuid NOT NULL REFERENCES public.organizations(id) ON DELETE CASCADE,
    key varchar(10) NOT NULL,
    name text NOT NULL,
    description text,
    lead_id uuid REFERENCES public.users(id) ON DELETE SET NULL,
    archived boolean NOT NULL DEFAULT false,
    task_counter integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT projects_org_key_key UNIQUE (org_id, key)
);
CREATE INDEX projects_name_trgm ON public.projects USING gin (name gin_trgm_ops);

CREATE TABLE public.project_members (
    project_id uuid NOT NULL REFERENCES public.projects(id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES public.users(id) ON DELETE CASCADE,
    can_edit boolean NOT NULL DEFAULT true,
    PRIMARY KEY (project_id, user_id)
);

CREATE TABLE public.milestones (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id uuid NOT NULL REFERENCES public.projects(id) ON DELETE CASCADE,
    title text NOT NULL,
    due_on date,
    closed_at timestamptz
);

CREATE TABLE public.sprints (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id uuid NOT NULL REFERENCES public.projects(id) ON DELETE CASCADE,
    name text NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    CONSTRAINT sprints_dates CHECK (ends_on > starts_on)
);

CREATE TABLE public.boards (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id uuid NOT NULL REFERENCES public.projects(id) ON DELETE CASCADE,
    name text NOT NULL,
    is_default boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX boards_one_default_idx ON public.boards (project_id) WHERE is_default;

CREATE TABLE public.board_columns (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    board_id uuid NOT NULL REFERENCES public.boards(id) ON DELETE CASCADE,
    name text NOT NULL,
    status public.task_status NOT NULL,
    position integer NOT NULL,
    wip_limit integer CHECK (wip_limit > 0),
    CONSTRAINT board_columns_position_key UNIQUE (board_id, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE public.tasks (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id uuid NOT NULL REFERENCES public.projects(id) ON DELETE CASCADE,
    number integer NOT NULL,
    parent_id uuid REFERENCES public.tasks(id) ON DELETE CASCADE,
    milestone_id uuid REFERENCES public.milestones(id) ON DELETE SET NULL,
    sprint_id uuid REFERENCES public.sprints(id) ON DELETE SET NULL,
    title text NOT NULL,
    description text,
    status public.task_status NOT NULL DEFAULT 'backlog',
    priority public.task_priority NOT NULL DEFAULT 'none',
    estimate_points numeric(5,1),
    due_at timestamptz,
    completed_at timestamptz,
    created_by uuid REFERENCES public.users(id) ON DELETE SET NULL,
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, ''))) STORED,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tasks_project_number_key UNIQUE (project_id, number),
    CONSTRAINT tasks_completed_consistent CHECK ((status = 'done') = (completed_at IS NOT NULL) OR status = 'cancelled')
);
CREATE INDEX tasks_project_status_idx ON public.tasks (project_id, status) WHERE status NOT IN ('done', 'cancelled');
CREATE INDEX tasks_due_idx ON public.tasks (due_at NULLS LAST) WHERE completed_at IS NULL;
CREATE INDEX tasks_search_idx ON public.tasks USING gin (search);
CREATE INDEX tasks_parent_idx ON public.tasks (parent_id);

CREATE FUNCTION public.assign_task_number() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE public.projects SET task_counter = task_counter + 1 WHERE id = NEW.project_id
    RETURNING task_counter INTO NEW.number;
    RETURN NEW;
END;
$$;

CREATE TABLE public.task_assignees (
    task_id uuid NOT NULL REFERENCES public.tasks(id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES public.users(id) ON DELETE CASCADE,
    assigned_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (task_id, user_id)
);

CREATE TABLE public.labels (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    org_id uuid NOT NULL REFERENCES public.organizations(id) ON DELETE CASCADE,
    name text NOT NULL,
    color public.hex_color NOT NULL DEFAULT '#888888',
    UNIQUE (org_id, name)
);

CREATE TABLE public.task_labels (
    task_id uuid NOT NULL REFERENCES public.tasks(id) ON DELETE CASCADE,
    label_id uuid NOT NULL REFERENCES public.labels(id) ON DELETE CASCADE,
    PRIMARY KEY (task_id, label_id)
);

CREATE TABLE public.comments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    task_id uuid NOT NULL REFERENCES public.tasks(id) ON DELETE CASCADE,
    author_id uuid REFERENCES public.users(id) ON DELETE SET NULL,
    reply_to uuid REFERENCES public.comments(id) ON DELETE SET NULL,
    body text NOT NULL CHECK (length(body) <= 10000),
    edited_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX comments_task_idx ON public.comments (task_id, created_at);

CREATE TABLE public.reactions (
    comment_id uuid NOT NULL REFERENCES public.comments(id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES public.users(id) ON DELETE CASCADE,
    emoji text NOT NULL,
    PRIMARY KEY (comment_id, user_id, emoji)
);

CREATE TABLE public.folders (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    org_id uuid NOT NULL REFERENCES public.organizations(id) ON DELETE CASCADE,
    parent_id uuid REFERENCES public.folders(id) ON DELETE CASCADE,
    name text NOT NULL
);

CREATE TABLE public.files (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    org_id uuid NOT NULL REFERENCES public.organizations(id) ON DELETE CASCADE,
    folder_id uuid REFERENCES public.folders(id) ON DELETE SET NULL,
    storage_key text NOT NULL UNIQUE,
    filename text NOT NULL,
    content_type text,
    size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
    checksum text,
    uploaded_by uuid REFERENCES public.users(id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.attachments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    task_id uuid REFERENCES public.tasks(id) ON DELETE CASCADE,
    comment_id uuid REFERENCES public.comments(id) ON DELETE CASCADE,
    file_id uuid NOT NULL REFERENCES public.files(id) ON DELETE CASCADE,
    CONSTRAINT attachments_one_parent CHECK (num_nonnulls(task_id, comment_id) = 1)
);

CREATE TABLE public.tags (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id uuid NOT NULL REFERENCES public.organizations(id) ON DELETE CASCADE,
    name citext NOT NULL,
    UNIQUE (org_id, name)
);

CREATE TABLE public.taggings (
    tag_id bigint NOT NULL REFERENCES public.tags(id) ON DELETE CASCADE,
    taggable_type text NOT NULL CHECK (taggable_type IN ('project', 'task', 'file')),
    taggable_id uuid NOT NULL,
    PRIMARY KEY (tag_id, taggable_type, taggable_id)
);

CREATE TABLE public.time_entries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    task_id uuid NOT NULL REFERENCES public.tasks(id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES public.users(id),
    started_at timestamptz NOT NULL,
    ended_at timestamptz,
    minutes integer GENERATED ALWAYS AS ((EXTRACT(epoch FROM (ended_at - started_at)) / 60)::integer) STORED,
    note text,
    CONSTRAINT time_entries_order CHECK (ended_at IS NULL OR ended_at > started_at)
);

CREATE TABLE public.custom_fields (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id uuid NOT NULL REFERENCES public.projects(id) ON DELETE CASCADE,
    name text NOT NULL,
    kind public.custom_field_kind NOT NULL,
    options jsonb,
    required boolean NOT NULL DEFAULT false,
    UNIQUE (project_id, name)
);

CREATE TABLE public.custom_field_values (
    field_id uuid NOT NULL REFERENCES public.custom_fields(id) ON DELETE CASCADE,
    task_id uuid NOT NULL REFERENCES public.tasks(id) ON DELETE CASCADE,
    value jsonb NOT NULL,
    PRIMARY KEY (field_id, task_id)
);

CREATE TABLE public.notifications (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES public.users(id) ON DELETE CASCADE,
    kind public.notification_kind NOT NULL,
    subject_type text NOT NULL,
    subject_id uuid NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    read_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notifications_unread_idx ON public.notifications (user_id, created_at DESC) WHERE read_at IS NULL;

-- Billing ------------------------------------------------------------------------------
CREATE TABLE public.plans (
    id text PRIMARY KEY,
    name text NOT NULL,
    monthly_price public.money_cents NOT NULL,
    yearly_price public.money_cents,
    seat_limit integer,
    features jsonb NOT NULL DEFAULT '[]'::jsonb,
    is_public boolean NOT NULL DEFAULT true
);

CREATE TABLE public.coupons (
    code text PRIMARY KEY,
    percent_off numeric(5,2) CHECK (percent_off > 0 AND percent_off <= 100),
    amount_off public.money_cents,
    valid_until timestamptz,
    max_redemptions integer,
    CONSTRAINT coupons_one_discount CHECK ((percent_off IS NULL) <> (amount_off IS NULL))
);

CREATE TABLE public.subscriptions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    org_id uuid NOT NULL REFERENCES public.organizations(id) ON DELETE CASCADE,
    plan_id text NOT NULL REFERENCES public.plans(id),
    status public.subscription_status NOT NULL DEFAULT 'trialing',
    coupon_code text REFERENCES public.coupons(code) ON DELETE SET NULL,
    seats integer NOT NULL DEFAULT 1 CHECK (seats > 0),
    current_period tstzrange NOT NULL,
    cancel_at_period_end boolean NOT NULL DEFAULT false,
    external_id text UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX subscriptions_one_active_idx ON public.subscriptions (org_id) WHERE status IN ('trialing', 'active', 'past_due');

CREATE SEQUENCE public.invoice_number_seq AS integer START WITH 10000;

CREATE TABLE public.invoices (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    subscription_id uuid NOT NULL REFERENCES public.subscriptions(id),
    number integer NOT NULL DEFAULT nextval('public.invoice_number_seq') UNIQUE,
    status public.invoice_status NOT NULL DEFAULT 'draft',
    currency char(3) NOT NULL DEFAULT 'USD',
    total public.money_cents NOT NULL DEFAULT 0,
    issued_at timestamptz,
    due_at timestamptz,
    paid_at timestamptz
);
ALTER SEQUENCE public.invoice_number_seq OWNED BY public.invoices.number;

CREATE TABLE public.invoice_items (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id uuid NOT NULL REFERENCES public.invoices(id) ON DELETE CASCADE,
    description text NOT NULL,
    quantity integer NOT NULL DEFAULT 1,
    unit_amount public.money_cents NOT NULL,
    amount bigint GENERATED ALWAYS AS (quantity * unit_amount) STORED
);

CREATE TABLE public.payments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    invoice_id uuid NOT NULL REFERENCES public.invoices(id),
    amount public.money_cents NOT NULL,
    provider text NOT NULL DEFAULT 'stripe',
    provider_ref text,
    succeeded boolean NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (provider, provider_ref)
);

CREATE TABLE public.usage_records (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription_id uuid NOT NULL REFERENCES public.subscriptions(id) ON DELETE CASCADE,
    metric text NOT NULL,
    quantity bigint NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX usage_records_sub_metric_idx ON public.usage_records (subscription_id, metric, recorded_at);

CREATE TABLE public.feature_flags (
    key text PRIMARY KEY,
    description text,
    default_enabled boolean NOT NULL DEFAULT false,
    rollout_percent smallint NOT NULL DEFAULT 0 CHECK (rollout_percent BETWEEN 0 AND 100)
);

CREATE TABLE public.org_feature_flags (
    org_id uuid NOT NULL REFERENCES public.organizations(id) ON DELETE CASCADE,
    flag_key text NOT NULL REFERENCES public.feature_flags(key) ON DELETE CASCADE ON UPDATE CASCADE,
    enabled boolean NOT NULL,
    PRIMARY KEY (org_id, flag_key)
);

-- Integrations -------------------------------------------------------------------------
CREATE TABLE public.webhooks (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    org_id uuid NOT NULL REFERENCES public.organizations(id) ON DELETE CASCADE,
    url text NOT NULL CHECK (url ~ '^https://'),
    secret text NOT NULL,
    events text[] NOT NULL,
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.webhook_deliveries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    webhook_id uuid NOT NULL REFERENCES public.webhooks(id) ON DELETE CASCADE,
    event text NOT NULL,
    payload jsonb NOT NULL,
    response_status smallint,
    attempts smallint NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    delivered_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_deliveries_pending_idx ON public.webhook_deliveries (next_attempt_at) WHERE delivered_at IS NULL;

-- Audit log, partitioned by month ------------------------------------------------------------
CREATE TABLE public.audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY,
    org_id uuid,
    actor_id uuid,
    action text NOT NULL,
    entity_type text NOT NULL,
    entity_id text,
    diff jsonb,
    ip inet,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE public.audit_log_2025_01 PARTITION OF public.audit_log FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2025-02-01 00:00:00+00');
CREATE TABLE public.audit_log_2025_02 PARTITION OF public.audit_log FOR VALUES FROM ('2025-02-01 00:00:00+00') TO ('2025-03-01 00:00:00+00');
CREATE TABLE public.audit_log_2025_03 PARTITION OF public.audit_log FOR VALUES FROM ('2025-03-01 00:00:00+00') TO ('2025-04-01 00:00:00+00');
CREATE TABLE public.audit_log_default PARTITION OF public.audit_log DEFAULT;
CREATE INDEX audit_log_org_idx ON public.audit_log (org_id, occurred_at DESC);
CREATE INDEX audit_log_entity_idx ON public.audit_log (entity_type, entity_id);

CREATE FUNCTION public.audit_row() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ''
    AS $$
BEGIN
    INSERT INTO public.audit_log (actor_id, action, entity_type, entity_id, diff)
    VALUES (public.current_user_id(), lower(TG_OP), TG_TABLE_NAME,
            coalesce(NEW, OLD)::text, CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(NEW) ELSE NULL END);
    RETURN coalesce(NEW, OLD);
END;
$$;

-- Triggers ------------------------------------------------------------------------------------
CREATE TRIGGER users_updated_at BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER user_profiles_updated_at BEFORE UPDATE ON public.user_profiles FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER organizations_updated_at BEFORE UPDATE ON public.organizations FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER projects_updated_at BEFORE UPDATE ON public.projects FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER tasks_updated_at BEFORE UPDATE ON public.tasks FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER comments_updated_at BEFORE UPDATE ON public.comments FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER subscriptions_updated_at BEFORE UPDATE ON public.subscriptions FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER tasks_number BEFORE INSERT ON public.tasks FOR EACH ROW WHEN (NEW.number IS NULL) EXECUTE FUNCTION public.assign_task_number();
CREATE TRIGGER projects_audit AFTER INSERT OR UPDATE OR DELETE ON public.projects FOR EACH ROW EXECUTE FUNCTION public.audit_row();
CREATE TRIGGER memberships_audit AFTER INSERT OR UPDATE OR DELETE ON public.memberships FOR EACH ROW EXECUTE FUNCTION public.audit_row();

-- Views ----------------------------------------------------------------------------------------
CREATE VIEW public.my_tasks WITH (security_invoker = true) AS
    SELECT t.id, t.title, t.status, t.priority, t.due_at, p.key || '-' || t.number AS ref
    FROM public.tasks t
    JOIN public.task_assignees a ON a.task_id = t.id
    JOIN public.projects p ON p.id = t.project_id
    WHERE a.user_id = public.current_user_id();

CREATE VIEW public.org_seat_usage AS
    SELECT o.id AS org_id, o.name, count(m.user_id) AS seats_used, s.seats AS seats_paid
    FROM public.organizations o
    LEFT JOIN public.memberships m ON m.org_id = o.id
    LEFT JOIN public.subscriptions s ON s.org_id = o.id AND s.status = 'active'
    GROUP BY o.id, o.name, s.seats;

CREATE MATERIALIZED VIEW public.project_stats AS
    SELECT project_id, count(*) AS total, count(*) FILTER (WHERE status = 'done') AS done
    FROM public.tasks GROUP BY project_id;
CREATE UNIQUE INDEX project_stats_project_idx ON public.project_stats (project_id);

-- RLS --------------------------------------------------------------------------------------------
ALTER TABLE public.organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.tasks ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.comments ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.api_keys ENABLE ROW LEVEL SECURITY;

CREATE POLICY organizations_member_read ON public.organizations FOR SELECT TO authenticated USING (public.is_org_member(id));
CREATE POLICY organizations_owner_update ON public.organizations FOR UPDATE TO authenticated
    USING (public.org_role(id) = 'owner') WITH CHECK (public.org_role(id) = 'owner');
CREATE POLICY projects_member_all ON public.projects TO authenticated USING (public.is_org_member(org_id)) WITH CHECK (public.is_org_member(org_id));
CREATE POLICY tasks_member_all ON public.tasks TO authenticated
    USING (EXISTS (SELECT 1 FROM public.projects p WHERE p.id = project_id AND public.is_org_member(p.org_id)));
CREATE POLICY comments_read ON public.comments FOR SELECT TO authenticated
    USING (EXISTS (SELECT 1 FROM public.tasks t WHERE t.id = task_id));
CREATE POLICY comments_own_write ON public.comments FOR INSERT TO authenticated WITH CHECK (author_id = public.current_user_id());
CREATE POLICY api_keys_admins ON public.api_keys TO authenticated USING (public.org_role(org_id) IN ('owner', 'admin'));
CREATE POLICY api_keys_not_revoked ON public.api_keys AS RESTRICTIVE FOR SELECT TO authenticated USING (revoked_at IS NULL);

-- Grants -----------------------------------------------------------------------------------------
GRANT USAGE ON SCHEMA public TO authenticated, service_role;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO service_role;
GRANT SELECT ON public.plans, public.feature_flags TO anon, authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.organizations, public.projects, public.tasks, public.comments TO authenticated;
GRANT SELECT ON public.my_tasks TO authenticated;
REVOKE EXECUTE ON FUNCTION public.audit_row() FROM PUBLIC;

COMMENT ON TABLE public.audit_log IS 'Append-only audit trail, one partition per month';
COMMENT ON COLUMN public.tasks.number IS 'Per-project sequential number, assigned by trigger';
