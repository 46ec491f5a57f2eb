-- 0020_volatile_peter_parker.sql
CREATE TYPE "public"."agent_type" AS ENUM('root', 'user');--> statement-breakpoint
CREATE TABLE "assets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"name" varchar NOT NULL,
	"type" varchar NOT NULL,
	"format" varchar NOT NULL,
	"size" integer NOT NULL,
	"original_path" varchar NOT NULL,
	"optimized_path" varchar,
	"thumbnail_path" varchar,
	"url" varchar NOT NULL,
	"optimized_url" varchar,
	"thumbnail_url" varchar,
	"dimensions" jsonb,
	"metadata" jsonb,
	"is_reference" boolean DEFAULT false NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"source" varchar,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assets" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "asset_references" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"asset_id" uuid NOT NULL,
	"file_path" varchar NOT NULL,
	"line_number" varchar,
	"import_statement" text,
	"reference_type" varchar NOT NULL,
	"component_name" varchar,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "asset_references" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"element_id" varchar NOT NULL,
	"element_selector" varchar NOT NULL,
	"page_url" varchar NOT NULL,
	"content" text NOT NULL,
	"status" varchar DEFAULT 'open' NOT NULL,
	"position" jsonb NOT NULL,
	"parent_id" uuid,
	"thread_id" uuid,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "comments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "comment_mentions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"comment_id" uuid NOT NULL,
	"mentioned_user_id" uuid NOT NULL,
	"notified" boolean DEFAULT false NOT NULL,
	"notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "comment_mentions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mcp_configs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"name" varchar NOT NULL,
	"description" varchar,
	"config" jsonb NOT NULL,
	"auto_approve" varchar[] DEFAULT '{}',
	"enabled" boolean DEFAULT true NOT NULL,
	"setup_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mcp_configs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "deployments" DROP CONSTRAINT "deployments_requested_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "rate_limits" DROP CONSTRAINT "rate_limits_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "rate_limits" DROP CONSTRAINT "rate_limits_subscription_id_subscriptions_id_fk";
--> statement-breakpoint
ALTER TABLE "subscriptions" DROP CONSTRAINT "subscriptions_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "subscriptions" DROP CONSTRAINT "subscriptions_product_id_products_id_fk";
--> statement-breakpoint
ALTER TABLE "subscriptions" DROP CONSTRAINT "subscriptions_price_id_prices_id_fk";
--> statement-breakpoint
ALTER TABLE "usage_records" DROP CONSTRAINT "usage_records_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "user_settings" ALTER COLUMN "show_mini_chat" SET DEFAULT false;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "agent_type" "agent_type" DEFAULT 'root';--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "usage" jsonb;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_references" ADD CONSTRAINT "asset_references_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_id_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_mentions" ADD CONSTRAINT "comment_mentions_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mcp_configs" ADD CONSTRAINT "mcp_configs_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deployments" ADD CONSTRAINT "deployments_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "rate_limits" ADD CONSTRAINT "rate_limits_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "rate_limits" ADD CONSTRAINT "rate_limits_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_price_id_prices_id_fk" FOREIGN KEY ("price_id") REFERENCES "public"."prices"("id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "usage_records" ADD CONSTRAINT "usage_records_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE cascade;

-- 0021_optimal_pyro.sql
ALTER TABLE "comments" DROP CONSTRAINT "comments_parent_id_comments_id_fk";

-- 0020_wrap_rls_perf_initplan.sql
-- Wrap auth.uid()/current_setting() in RLS policy predicates in (select ...) so
-- Postgres evaluates each once per statement (an InitPlan) instead of once per row --
-- the Supabase-documented RLS perf pattern. Generated by 'pgrls fix --rule PERF001'.
ALTER POLICY project_invitations_delete_policy ON public.project_invitations
    USING ((SELECT auth.uid()) = inviter_id OR user_has_project_access(project_id, ARRAY[CAST('owner' AS text), CAST('admin' AS text)]) OR EXISTS (SELECT 1 FROM auth.users WHERE users.id = auth.uid() AND users.email = CAST(project_invitations.invitee_email AS text)));

ALTER POLICY project_invitations_insert_policy ON public.project_invitations
    WITH CHECK ((SELECT auth.uid()) = inviter_id AND user_has_project_access(project_id, ARRAY[CAST('owner' AS text), CAST('admin' AS text)]));

ALTER POLICY user_canvases_delete_policy ON public.user_canvases
    USING ((SELECT auth.uid()) = user_id);

ALTER POLICY user_canvases_insert_policy ON public.user_canvases
    WITH CHECK ((SELECT auth.uid()) = user_id);

ALTER POLICY user_canvases_select_policy ON public.user_canvases
    USING ((SELECT auth.uid()) = user_id);

ALTER POLICY user_canvases_update_policy ON public.user_canvases
    USING ((SELECT auth.uid()) = user_id)
    WITH CHECK ((SELECT auth.uid()) = user_id);

ALTER POLICY user_projects_delete_policy ON public.user_projects
    USING ((SELECT auth.uid()) = user_id OR user_has_project_access(project_id, ARRAY[CAST('owner' AS text)]));

ALTER POLICY user_projects_select_policy ON public.user_projects
    USING ((SELECT auth.uid()) = user_id OR user_has_project_access(project_id, ARRAY[CAST('owner' AS text), CAST('admin' AS text)]));

ALTER POLICY user_settings_delete_policy ON public.user_settings
    USING ((SELECT auth.uid()) = user_id);

ALTER POLICY user_settings_insert_policy ON public.user_settings
    WITH CHECK ((SELECT auth.uid()) = user_id);

ALTER POLICY user_settings_select_policy ON public.user_settings
    USING ((SELECT auth.uid()) = user_id);

ALTER POLICY user_settings_update_policy ON public.user_settings
    USING ((SELECT auth.uid()) = user_id)
    WITH CHECK ((SELECT auth.uid()) = user_id);

ALTER POLICY users_delete_policy ON public.users
    USING ((SELECT auth.uid()) = id);

ALTER POLICY users_insert_policy ON public.users
    WITH CHECK ((SELECT auth.uid()) = id);

ALTER POLICY users_select_policy ON public.users
    USING ((SELECT auth.uid()) = id);

ALTER POLICY users_update_policy ON public.users
    USING ((SELECT auth.uid()) = id)
    WITH CHECK ((SELECT auth.uid()) = id);
