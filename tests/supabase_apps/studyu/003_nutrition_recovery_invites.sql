-- 20260707100000_nutrition_food_versioning.sql
BEGIN;

CREATE TABLE public.nutrition_food_definition (
    id uuid PRIMARY KEY,
    subject_id uuid NOT NULL REFERENCES public.study_subject (
        id
    ) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('food', 'meal')),
    current_version_id uuid NOT NULL,
    library_visible boolean NOT NULL DEFAULT false,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.nutrition_food_version (
    id uuid PRIMARY KEY,
    food_id uuid NOT NULL REFERENCES public.nutrition_food_definition (
        id
    ) ON DELETE CASCADE,
    version_number integer NOT NULL CHECK (version_number > 0),
    snapshot jsonb NOT NULL,
    mutation_id uuid NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (food_id, version_number),
    UNIQUE (food_id, mutation_id)
);

ALTER TABLE public.nutrition_food_definition
ADD CONSTRAINT nutrition_food_definition_current_version_id_fkey
FOREIGN KEY (current_version_id) REFERENCES public.nutrition_food_version (id)
DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE public.nutrition_food_mutation (
    subject_id uuid NOT NULL REFERENCES public.study_subject (
        id
    ) ON DELETE CASCADE,
    mutation_id uuid NOT NULL,
    response jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (subject_id, mutation_id)
);

ALTER TABLE public.nutrition_food_definition ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.nutrition_food_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.nutrition_food_mutation ENABLE ROW LEVEL SECURITY;

CREATE POLICY nutrition_food_definition_select ON public.nutrition_food_definition
FOR SELECT TO authenticated
USING (
    EXISTS (
        SELECT 1
        FROM public.study_subject AS subject
        WHERE
            subject.id = nutrition_food_definition.subject_id
            AND subject.user_id = auth.uid()
    )
);

CREATE POLICY nutrition_food_version_select ON public.nutrition_food_version
FOR SELECT TO authenticated
USING (
    EXISTS (
        SELECT 1
        FROM public.nutrition_food_definition AS definition
        INNER JOIN
            public.study_subject AS subject
            ON definition.subject_id = subject.id
        WHERE
            definition.id = nutrition_food_version.food_id
            AND subject.user_id = auth.uid()
    )
);

CREATE FUNCTION public.nutrition_scale_json_numbers(
    p_value jsonb,
    p_factor numeric
) RETURNS jsonb
LANGUAGE plpgsql
IMMUTABLE
SET search_path = public
AS $$
BEGIN
  RETURN CASE jsonb_typeof(p_value)
    WHEN 'number' THEN to_jsonb((p_value #>> '{}')::numeric * p_factor)
    WHEN 'object' THEN (
      SELECT COALESCE(
        jsonb_object_agg(key, public.nutrition_scale_json_numbers(value, p_factor)),
        '{}'::jsonb
      )
      FROM jsonb_each(p_value)
    )
    WHEN 'array' THEN (
      SELECT COALESCE(
        jsonb_agg(public.nutrition_scale_json_numbers(value, p_factor)),
        '[]'::jsonb
      )
      FROM jsonb_array_elements(p_value)
    )
    ELSE p_value
  END;
END;
$$;

-- Direct definition matches only. Saved-meal component snapshots remain immutable.
CREATE FUNCTION public.nutrition_replace_food_snapshots(
    p_result jsonb,
    p_food_id uuid,
    p_snapshot jsonb,
    p_entry_id text DEFAULT null
) RETURNS jsonb
LANGUAGE sql
IMMUTABLE
SET search_path = public
AS $$
  SELECT jsonb_set(
    p_result,
    '{result,meals}',
    COALESCE((
      SELECT jsonb_agg(
        jsonb_set(
          meal,
          '{foods}',
          COALESCE((
            SELECT jsonb_agg(
              CASE WHEN food->>'foodId' = p_food_id::text
                AND (p_entry_id IS NULL OR food->>'id' = p_entry_id) THEN
                jsonb_set(
                  p_snapshot,
                  '{nutrition}',
                  public.nutrition_scale_json_numbers(
                    p_snapshot->'nutrition',
                    CASE
                      WHEN (p_snapshot->>'amount')::numeric > 0
                        THEN (food->>'amount')::numeric / (p_snapshot->>'amount')::numeric
                      ELSE 1
                    END
                  ),
                  true
                ) || jsonb_build_object(
                  'id', food->'id',
                  'amount', food->'amount',
                  'templateId', food->'templateId',
                  'createdAt', food->'createdAt',
                  'modifiedAt', food->'modifiedAt',
                  'parentEntryId', food->'parentEntryId'
                )
              ELSE food END
              ORDER BY ordinality
            )
            FROM jsonb_array_elements(COALESCE(meal->'foods', '[]'::jsonb))
              WITH ORDINALITY AS foods(food, ordinality)
          ), '[]'::jsonb),
          true
        )
        ORDER BY meal_ordinality
      )
      FROM jsonb_array_elements(COALESCE(p_result #> '{result,meals}', '[]'::jsonb))
        WITH ORDINALITY AS meals(meal, meal_ordinality)
    ), '[]'::jsonb),
    true
  );
$$;

CREATE FUNCTION public.nutrition_result_has_food(
    p_result jsonb,
    p_food_id uuid,
    p_entry_id text DEFAULT null
) RETURNS boolean
LANGUAGE sql
IMMUTABLE
SET search_path = public
AS $$
  SELECT EXISTS (
    SELECT 1
    FROM jsonb_array_elements(COALESCE(p_result #> '{result,meals}', '[]'::jsonb)) AS meal,
         jsonb_array_elements(COALESCE(meal->'foods', '[]'::jsonb)) AS food
    WHERE food->>'foodId' = p_food_id::text
      AND (p_entry_id IS NULL OR food->>'id' = p_entry_id)
  );
$$;

CREATE FUNCTION public.nutrition_food_snapshot_is_valid(
    p_snapshot jsonb
) RETURNS boolean
LANGUAGE plpgsql
STABLE
SET search_path = public
AS $$
DECLARE
  v_key text;
  v_component jsonb;
  v_component_snapshot jsonb;
BEGIN
  IF jsonb_typeof(p_snapshot) IS DISTINCT FROM 'object' THEN RETURN false; END IF;

  FOREACH v_key IN ARRAY ARRAY[
    'id', 'foodId', 'foodVersionId', 'name', 'unit', 'createdAt'
  ] LOOP
    IF jsonb_typeof(p_snapshot->v_key) IS DISTINCT FROM 'string'
       OR NULLIF(p_snapshot->>v_key, '') IS NULL THEN
      RETURN false;
    END IF;
  END LOOP;
  -- (the app's remaining field checks are left out here)
  IF p_snapshot ? 'componentSnapshots'
     AND jsonb_typeof(p_snapshot->'componentSnapshots') <> 'null' THEN
    IF EXISTS (
      SELECT 1
      FROM jsonb_array_elements(p_snapshot->'componentSnapshots') AS component
      WHERE NOT public.nutrition_food_snapshot_is_valid(component)
    ) THEN
      RETURN false;
    END IF;
  END IF;

  RETURN true;
END;
$$;

CREATE FUNCTION public.apply_nutrition_food_mutation(
    p_subject_id uuid,
    p_mutation_id uuid,
    p_food_id uuid,
    p_expected_version_id uuid,
    p_snapshot jsonb,
    p_deleted boolean DEFAULT false,
    p_historical_target jsonb DEFAULT null,
    p_propagate_study_day integer DEFAULT null,
    p_library_visible boolean DEFAULT null,
    p_historical_entry_id text DEFAULT null
) RETURNS jsonb
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
DECLARE
  v_definition public.nutrition_food_definition%ROWTYPE;
  v_version_id uuid := gen_random_uuid();
  v_version_number integer;
  v_snapshot jsonb;
  v_target public.subject_progress%ROWTYPE;
  v_target_count integer;
  v_progress jsonb := '[]'::jsonb;
  v_progress_row jsonb;
  v_selected_historical_update_count integer := 0;
  v_today_update_count integer := 0;
  v_response jsonb;
BEGIN
  IF auth.uid() IS NULL OR NOT EXISTS (
    SELECT 1 FROM public.study_subject
    WHERE id = p_subject_id AND user_id = auth.uid()
  ) THEN
    RAISE EXCEPTION 'nutrition definition subject is not owned by caller'
      USING ERRCODE = '42501';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended(p_subject_id::text || p_mutation_id::text, 0));
  SELECT response INTO v_response
  FROM public.nutrition_food_mutation
  WHERE subject_id = p_subject_id AND mutation_id = p_mutation_id;
  IF FOUND THEN RETURN v_response; END IF;
  -- (the app's versioning and recall propagation are left out here)
  INSERT INTO public.nutrition_food_mutation (subject_id, mutation_id, response)
  VALUES (p_subject_id, p_mutation_id, v_response);
  RETURN v_response;
END;
$$;

REVOKE ALL ON FUNCTION public.nutrition_scale_json_numbers(jsonb, numeric)
FROM public, anon, authenticated;
REVOKE ALL ON FUNCTION public.nutrition_food_snapshot_is_valid(jsonb)
FROM public, anon, authenticated;
REVOKE ALL ON FUNCTION public.nutrition_replace_food_snapshots(
    jsonb, uuid, jsonb, text
)
FROM public, anon, authenticated;
REVOKE ALL ON FUNCTION public.nutrition_result_has_food(jsonb, uuid, text)
FROM public, anon, authenticated;
REVOKE ALL ON FUNCTION public.apply_nutrition_food_mutation(
    uuid, uuid, uuid, uuid, jsonb, boolean, jsonb, integer, boolean, text
) FROM public, anon;
GRANT EXECUTE ON FUNCTION public.apply_nutrition_food_mutation(
    uuid, uuid, uuid, uuid, jsonb, boolean, jsonb, integer, boolean, text
) TO authenticated;
GRANT SELECT ON TABLE public.nutrition_food_definition,
public.nutrition_food_version TO authenticated, service_role;
GRANT ALL ON TABLE public.nutrition_food_definition,
public.nutrition_food_version,
public.nutrition_food_mutation TO service_role;

COMMIT;

-- 20260709120000_user_recovery.sql
BEGIN;

/*
 * User Recovery Table Migration
 *
 * Creates a separate table for recovery IDs to decouple recovery phrases from user IDs.
 * This prevents potential session hijacking if user IDs are accidentally shared.
 */

-- Create the user_recovery table
CREATE TABLE IF NOT EXISTS public.user_recovery (
    recovery_id uuid DEFAULT gen_random_uuid() PRIMARY KEY,
    user_id uuid NOT NULL UNIQUE REFERENCES public.user (id) ON DELETE CASCADE,
    pending_password text,
    created_at timestamptz DEFAULT now() NOT NULL
);

ALTER TABLE public.user_recovery OWNER TO postgres;

COMMENT ON TABLE public.user_recovery IS 'Maps recovery IDs to users for secure account recovery. Recovery phrases are derived from recovery_id, not user_id.';

-- Enable RLS
ALTER TABLE public.user_recovery ENABLE ROW LEVEL SECURITY;

-- Recovery records, including retry-safe pending credentials, are accessible
-- only through SECURITY DEFINER recovery RPCs.
/*
 * Function to get or create a recovery ID for the current user.
 * Called when user accesses the settings/recovery phrase screen.
 */
CREATE OR REPLACE FUNCTION public.get_or_create_recovery()
RETURNS jsonb
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    v_user_id uuid;
    v_recovery_id uuid;
    v_created boolean := false;
BEGIN
    -- Get current user ID
    v_user_id := auth.uid();
    
    IF v_user_id IS NULL THEN
        RETURN jsonb_build_object(
            'success', false,
            'error', 'Not authenticated'
        );
    END IF;
    
    -- Try to get existing recovery_id
    SELECT recovery_id INTO v_recovery_id
    FROM public.user_recovery
    WHERE user_id = v_user_id;
    
    -- If not found, create one
    IF v_recovery_id IS NULL THEN
        INSERT INTO public.user_recovery (user_id)
        VALUES (v_user_id)
        ON CONFLICT (user_id) DO UPDATE SET user_id = EXCLUDED.user_id
        RETURNING recovery_id INTO v_recovery_id;
        v_created := true;
    END IF;
    
    RETURN jsonb_build_object(
        'success', true,
        'recovery_id', v_recovery_id,
        'created', v_created
    );
END;
$$;

REVOKE ALL ON FUNCTION public.get_or_create_recovery() FROM public, anon;
GRANT EXECUTE ON FUNCTION public.get_or_create_recovery() TO authenticated;

COMMENT ON FUNCTION public.get_or_create_recovery() IS 'Gets existing recovery_id or creates one for the current authenticated user.';

/*
 * Replaces the current authenticated user's recovery ID.
 */
CREATE OR REPLACE FUNCTION public.rotate_recovery_id()
RETURNS uuid
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    v_user_id uuid := auth.uid();
    v_recovery_id uuid;
BEGIN
    IF v_user_id IS NULL THEN
        RAISE EXCEPTION 'Not authenticated' USING ERRCODE = '42501';
    END IF;

    SELECT recovery_id INTO v_recovery_id
    FROM public.user_recovery
    WHERE user_id = v_user_id
    FOR UPDATE;

    IF v_recovery_id IS NULL THEN
        RAISE EXCEPTION 'Recovery ID not found' USING ERRCODE = 'P0002';
    END IF;

    UPDATE public.user_recovery
    SET recovery_id = gen_random_uuid()
    WHERE user_id = v_user_id
    RETURNING recovery_id INTO v_recovery_id;

    RETURN v_recovery_id;
END;
$$;

REVOKE ALL ON FUNCTION public.rotate_recovery_id() FROM public, anon;
GRANT EXECUTE ON FUNCTION public.rotate_recovery_id() TO authenticated;

COMMENT ON FUNCTION public.rotate_recovery_id() IS 'Replaces the recovery_id for the current authenticated user.';

/*
 * Updated account recovery function that uses recovery_id instead of user_id.
 */
CREATE OR REPLACE FUNCTION public.recover_account(
    p_recovery_id uuid
) RETURNS jsonb
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    v_user_id uuid;
    v_user_email text;
    v_new_password text;
    v_encrypted_password text;
    v_subject_id uuid;
BEGIN
    -- 1. Look up user_id from recovery table
    SELECT user_id INTO v_user_id
    FROM public.user_recovery
    WHERE recovery_id = p_recovery_id
    FOR UPDATE;
    
    IF v_user_id IS NULL THEN
        RETURN jsonb_build_object(
            'success', false,
            'error', 'Recovery ID not found'
        );
    END IF;

    -- 2. Validate user exists in auth.users
    SELECT email INTO v_user_email
    FROM auth.users
    WHERE id = v_user_id;

    IF v_user_email IS NULL THEN
        RETURN jsonb_build_object(
            'success', false,
            'error', 'User not found'
        );
    END IF;

    -- 3. Create a password once. Retries return this pending credential until
    -- the recovered user confirms the sign-in, so a lost RPC response cannot
    -- consume the only recovery phrase.
    SELECT pending_password INTO v_new_password
    FROM public.user_recovery
    WHERE user_id = v_user_id;

    IF v_new_password IS NULL THEN
        v_new_password := gen_random_uuid()::text;
        v_encrypted_password := extensions.crypt(v_new_password, extensions.gen_salt('bf', 12));
        UPDATE auth.users
        SET encrypted_password = v_encrypted_password, updated_at = now()
        WHERE id = v_user_id;
        UPDATE public.user_recovery
        SET pending_password = v_new_password
        WHERE user_id = v_user_id;
        -- Revoke sessions before the recovered credential can be used. This
        -- leaves the new sign-in session intact while evicting lost devices.
        DELETE FROM auth.refresh_tokens WHERE user_id = v_user_id;
        DELETE FROM auth.sessions WHERE user_id = v_user_id;
    END IF;

    -- 4. Find latest active study subject
    -- Priority: most recent progress > most recent start date > deterministic ID ordering
    SELECT
        ss.id
    INTO v_subject_id

    FROM public.study_subject ss
    LEFT JOIN public.subject_progress sp ON sp.subject_id = ss.id
    WHERE
        ss.user_id = v_user_id
        AND ss.is_deleted = false
        AND ss.started_at IS NOT NULL
    GROUP BY ss.id
    ORDER BY
        MAX(sp.completed_at) DESC NULLS LAST,  -- Most recent progress first
        ss.started_at DESC,                     -- Most recent start date as tiebreaker
        ss.id DESC                               -- Deterministic ordering for identical dates
    LIMIT 1;

    -- 5. Return success with credentials and optional subject ID.
    RETURN jsonb_build_object(
        'success', true,
        'email', v_user_email,
        'password', v_new_password,
        'subject_id', v_subject_id  -- Will be null if no active studies found
    );

EXCEPTION
    WHEN OTHERS THEN
        -- Log the full error server-side only; never return internal
        -- database details to callers of this public RPC.
        RAISE LOG 'Error in recover_account for recovery_id %: %', p_recovery_id, SQLERRM;
        RETURN jsonb_build_object(
            'success', false,
            'error', 'recovery_failed'
        );
END;
$$;

REVOKE ALL ON FUNCTION public.recover_account(uuid) FROM public;
-- anon is required since users call this before authentication.
GRANT EXECUTE ON FUNCTION public.recover_account(uuid) TO anon, authenticated;

COMMENT ON FUNCTION public.recover_account(uuid) IS
'Returns a retry-safe pending credential for a recovery ID until confirmed.';

/* Confirm a recovered, authenticated account. This is deliberately separate
 * from recover_account: only a successfully signed-in participant can consume
 * the phrase. */
CREATE OR REPLACE FUNCTION public.confirm_recovered_account()
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    v_user_id uuid := auth.uid();
BEGIN
    IF v_user_id IS NULL THEN
        RAISE EXCEPTION 'Not authenticated' USING ERRCODE = '42501';
    END IF;

    UPDATE public.user_recovery
    SET recovery_id = gen_random_uuid(), pending_password = NULL
    WHERE user_id = v_user_id AND pending_password IS NOT NULL;

    IF NOT FOUND THEN
        RAISE EXCEPTION 'No pending recovery' USING ERRCODE = 'P0002';
    END IF;

    RETURN true;
END;
$$;

REVOKE ALL ON FUNCTION public.confirm_recovered_account() FROM public, anon;
GRANT EXECUTE ON FUNCTION public.confirm_recovered_account() TO authenticated;
COMMENT ON FUNCTION public.confirm_recovered_account() IS
'Consumes a pending recovery, rotates its phrase, and revokes all user sessions.';

COMMIT;

-- 20260713130500_add_study_invite_timestamps.sql
BEGIN;

-- ============================================================================
-- Migration: Add timestamps to study_invite
-- Date: July 13, 2026
-- ============================================================================

ALTER TABLE public.study_invite
ADD COLUMN IF NOT EXISTS created_at timestamp with time zone;

ALTER TABLE public.study_invite
ADD COLUMN IF NOT EXISTS updated_at timestamp with time zone;

UPDATE public.study_invite
SET
  created_at = COALESCE(created_at, NOW()),
  updated_at = COALESCE(updated_at, NOW())
WHERE created_at IS NULL OR updated_at IS NULL;

ALTER TABLE public.study_invite
ALTER COLUMN created_at SET DEFAULT NOW(),
ALTER COLUMN updated_at SET DEFAULT NOW(),
ALTER COLUMN created_at SET NOT NULL,
ALTER COLUMN updated_at SET NOT NULL;

DROP TRIGGER IF EXISTS handle_updated_at ON public.study_invite;

CREATE TRIGGER handle_updated_at
BEFORE UPDATE ON public.study_invite
FOR EACH ROW
EXECUTE FUNCTION public.update_updated_at_column();

COMMIT;

-- 20260713142000_add_study_invite_participant_count.sql
BEGIN;

-- ============================================================================
-- Migration: Add computed participant count for study_invite
-- Date: July 13, 2026
-- ============================================================================

CREATE INDEX IF NOT EXISTS study_subject_invite_code_active_idx
ON public.study_subject (invite_code)
WHERE is_deleted = false;

CREATE OR REPLACE FUNCTION public.study_invite_participant_count(
  invite public.study_invite
)
RETURNS integer
LANGUAGE sql
STABLE
SET search_path = ''
AS $$
  SELECT count(1)::int
  FROM public.study_subject
  WHERE study_subject.invite_code = invite.code
    AND study_subject.is_deleted = false;
$$;

REVOKE EXECUTE ON FUNCTION public.study_invite_participant_count(public.study_invite)
FROM public, anon;
GRANT EXECUTE ON FUNCTION public.study_invite_participant_count(public.study_invite)
TO authenticated;

COMMIT;

-- 20260714110000_add_study_invite_filters_rpc.sql
BEGIN;

CREATE OR REPLACE FUNCTION public.get_study_invites_filtered(
  p_study_id uuid,
  p_query text DEFAULT NULL,
  p_enrolled_status text DEFAULT NULL,
  p_enrolled_min integer DEFAULT NULL,
  p_enrolled_max integer DEFAULT NULL,
  p_intervention_filter text DEFAULT NULL,
  p_created_from date DEFAULT NULL,
  p_created_to date DEFAULT NULL,
  p_updated_from date DEFAULT NULL,
  p_updated_to date DEFAULT NULL
)
RETURNS TABLE (
  code text,
  study_id uuid,
  preselected_intervention_ids text[],
  created_at timestamp with time zone,
  updated_at timestamp with time zone,
  study_invite_participant_count integer
)
LANGUAGE sql
STABLE
SET search_path = ''
AS $$
  WITH invites AS (
    SELECT
      si.code,
      si.study_id,
      si.preselected_intervention_ids,
      si.created_at,
      si.updated_at,
      public.study_invite_participant_count(si) AS study_invite_participant_count
    FROM public.study_invite AS si
    WHERE si.study_id = p_study_id
  )
  SELECT *
  FROM invites
  WHERE
    (p_query IS NULL OR invites.code ILIKE '%' || p_query || '%')
    AND (
      p_enrolled_status IS NULL
      OR (p_enrolled_status = 'unused' AND invites.study_invite_participant_count = 0)
      OR (p_enrolled_status = 'used' AND invites.study_invite_participant_count > 0)
    )
    AND (
      p_enrolled_min IS NULL
      OR invites.study_invite_participant_count >= p_enrolled_min
    )
    AND (
      p_enrolled_max IS NULL
      OR invites.study_invite_participant_count <= p_enrolled_max
    )
    AND (
      p_intervention_filter IS NULL
      OR (
        p_intervention_filter = 'default'
        AND COALESCE(array_length(invites.preselected_intervention_ids, 1), 0) = 0
      )
      OR (
        p_intervention_filter = 'intervention_a'
        AND COALESCE(array_length(invites.preselected_intervention_ids, 1), 0) >= 1
      )
      OR (
        p_intervention_filter = 'intervention_b'
        AND COALESCE(array_length(invites.preselected_intervention_ids, 1), 0) >= 2
      )
    )
    AND (p_created_from IS NULL OR invites.created_at::date >= p_created_from)
    AND (p_created_to IS NULL OR invites.created_at::date <= p_created_to)
    AND (p_updated_from IS NULL OR invites.updated_at::date >= p_updated_from)
    AND (p_updated_to IS NULL OR invites.updated_at::date <= p_updated_to);
$$;

CREATE OR REPLACE FUNCTION public.fetch_study_invites_filtered(
  p_study_id uuid,
  p_offset integer,
  p_limit integer,
  p_query text DEFAULT NULL,
  p_sort_by text DEFAULT 'created_at',
  p_ascending boolean DEFAULT false,
  p_enrolled_status text DEFAULT NULL,
  p_enrolled_min integer DEFAULT NULL,
  p_enrolled_max integer DEFAULT NULL,
  p_intervention_filter text DEFAULT NULL,
  p_created_from date DEFAULT NULL,
  p_created_to date DEFAULT NULL,
  p_updated_from date DEFAULT NULL,
  p_updated_to date DEFAULT NULL
)
RETURNS TABLE (
  code text,
  study_id uuid,
  preselected_intervention_ids text[],
  created_at timestamp with time zone,
  updated_at timestamp with time zone,
  study_invite_participant_count integer
)
LANGUAGE sql
STABLE
SET search_path = ''
AS $$
  SELECT *
  FROM public.get_study_invites_filtered(
    p_study_id,
    p_query,
    p_enrolled_status,
    p_enrolled_min,
    p_enrolled_max,
    p_intervention_filter,
    p_created_from,
    p_created_to,
    p_updated_from,
    p_updated_to
  )
  ORDER BY
    CASE WHEN p_sort_by = 'code' AND p_ascending THEN code END ASC,
    CASE WHEN p_sort_by = 'code' AND NOT p_ascending THEN code END DESC,
    CASE
      WHEN p_sort_by = 'enrolled' AND p_ascending
      THEN study_invite_participant_count
    END ASC,
    CASE
      WHEN p_sort_by = 'enrolled' AND NOT p_ascending
      THEN study_invite_participant_count
    END DESC,
    CASE WHEN p_sort_by = 'created_at' AND p_ascending THEN created_at END ASC,
    CASE WHEN p_sort_by = 'created_at' AND NOT p_ascending THEN created_at END DESC,
    CASE WHEN p_sort_by = 'updated_at' AND p_ascending THEN updated_at END ASC,
    CASE WHEN p_sort_by = 'updated_at' AND NOT p_ascending THEN updated_at END DESC,
    code ASC
  OFFSET p_offset
  LIMIT p_limit;
$$;

CREATE OR REPLACE FUNCTION public.count_study_invites_filtered(
  p_study_id uuid,
  p_query text DEFAULT NULL,
  p_enrolled_status text DEFAULT NULL,
  p_enrolled_min integer DEFAULT NULL,
  p_enrolled_max integer DEFAULT NULL,
  p_intervention_filter text DEFAULT NULL,
  p_created_from date DEFAULT NULL,
  p_created_to date DEFAULT NULL,
  p_updated_from date DEFAULT NULL,
  p_updated_to date DEFAULT NULL
)
RETURNS integer
LANGUAGE sql
STABLE
SET search_path = ''
AS $$
  SELECT count(1)::int
  FROM public.get_study_invites_filtered(
    p_study_id,
    p_query,
    p_enrolled_status,
    p_enrolled_min,
    p_enrolled_max,
    p_intervention_filter,
    p_created_from,
    p_created_to,
    p_updated_from,
    p_updated_to
  );
$$;

REVOKE EXECUTE ON FUNCTION public.get_study_invites_filtered(
  uuid, text, text, integer, integer, text, date, date, date, date
) FROM public, anon;
REVOKE EXECUTE ON FUNCTION public.fetch_study_invites_filtered(
  uuid, integer, integer, text, text, boolean, text, integer, integer, text, date, date, date, date
) FROM public, anon;
REVOKE EXECUTE ON FUNCTION public.count_study_invites_filtered(
  uuid, text, text, integer, integer, text, date, date, date, date
) FROM public, anon;

GRANT EXECUTE ON FUNCTION public.get_study_invites_filtered(
  uuid, text, text, integer, integer, text, date, date, date, date
) TO authenticated;
GRANT EXECUTE ON FUNCTION public.fetch_study_invites_filtered(
  uuid, integer, integer, text, text, boolean, text, integer, integer, text, date, date, date, date
) TO authenticated;
GRANT EXECUTE ON FUNCTION public.count_study_invites_filtered(
  uuid, text, text, integer, integer, text, date, date, date, date
) TO authenticated;

COMMIT;

-- 20260714113000_add_study_subject_invite_code_index.sql
BEGIN;

CREATE INDEX IF NOT EXISTS study_subject_invite_code_active_idx
ON public.study_subject (invite_code)
WHERE is_deleted = false;

COMMIT;

-- 20260803113000_participant_fitbit_credentials.sql
BEGIN;

CREATE TABLE IF NOT EXISTS public.participant_fitbit_credentials (
    user_id uuid NOT NULL REFERENCES public."user" (id) ON DELETE CASCADE,
    study_id uuid NOT NULL REFERENCES public.study (id) ON DELETE CASCADE,
    fitbit_credentials jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, study_id)
);

ALTER TABLE public.participant_fitbit_credentials OWNER TO postgres;

COMMENT ON TABLE public.participant_fitbit_credentials IS
'Participant Fitbit OAuth credentials, scoped to authenticated user and study.';

ALTER TABLE public.participant_fitbit_credentials ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Participants can manage their own Fitbit credentials"
ON public.participant_fitbit_credentials
TO authenticated
USING ((SELECT auth.uid() AS uid) = user_id)
WITH CHECK ((SELECT auth.uid() AS uid) = user_id);

GRANT SELECT, INSERT, UPDATE, DELETE
ON TABLE public.participant_fitbit_credentials
TO authenticated, service_role;

COMMIT;
