-- Now playing events from the hubs (as the firmware repository made them) and the consumer
-- app's realtime notifications table.
CREATE TABLE IF NOT EXISTS now_playing_events (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    hub_id TEXT NOT NULL,
    epc TEXT NOT NULL,
    event_type TEXT NOT NULL CHECK (event_type IN ('placed', 'removed')),
    rssi INTEGER,
    timestamp TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE INDEX IF NOT EXISTS idx_now_playing_events_hub_id ON now_playing_events(hub_id);
CREATE INDEX IF NOT EXISTS idx_now_playing_events_hub_timestamp
    ON now_playing_events(hub_id, timestamp DESC);

COMMENT ON COLUMN now_playing_events.hub_id IS 'Hub serial number';

CREATE OR REPLACE VIEW current_now_playing AS
SELECT DISTINCT ON (hub_id)
    hub_id,
    epc,
    event_type,
    rssi,
    timestamp as last_event_time,
    CASE
        WHEN event_type = 'placed' THEN true
        ELSE false
    END as is_playing
FROM now_playing_events
ORDER BY hub_id, timestamp DESC;

CREATE TABLE IF NOT EXISTS user_now_playing_notifications (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    source_event_id UUID NOT NULL,  -- References now_playing_events.id
    unit_id TEXT NOT NULL,          -- Hub serial number (denormalized)
    epc TEXT NOT NULL,
    event_type TEXT NOT NULL CHECK (event_type IN ('placed', 'removed')),
    library_album_id UUID REFERENCES library_albums(id) ON DELETE SET NULL,
    album_title TEXT,
    album_artist TEXT,
    library_id UUID REFERENCES libraries(id) ON DELETE SET NULL,
    device_id UUID REFERENCES consumer_devices(id) ON DELETE SET NULL,
    event_timestamp TIMESTAMPTZ NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'user_notifications_event_user_key'
    ) THEN
        ALTER TABLE user_now_playing_notifications
        ADD CONSTRAINT user_notifications_event_user_key UNIQUE (source_event_id, user_id);
    END IF;
END$$;

CREATE INDEX IF NOT EXISTS idx_user_notifications_user_timestamp
    ON user_now_playing_notifications(user_id, event_timestamp DESC);

ALTER TABLE user_now_playing_notifications ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS "Service role can insert notifications" ON user_now_playing_notifications;
CREATE POLICY "Service role can insert notifications"
    ON user_now_playing_notifications FOR INSERT
    WITH CHECK (auth.role() = 'service_role');

DROP POLICY IF EXISTS "Service role can manage all notifications" ON user_now_playing_notifications;
CREATE POLICY "Service role can manage all notifications"
    ON user_now_playing_notifications FOR ALL
    USING (auth.role() = 'service_role');

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_publication WHERE pubname = 'supabase_realtime') THEN
        IF NOT EXISTS (
            SELECT 1 FROM pg_publication_tables
            WHERE pubname = 'supabase_realtime'
            AND tablename = 'user_now_playing_notifications'
        ) THEN
            ALTER PUBLICATION supabase_realtime ADD TABLE user_now_playing_notifications;
        END IF;
    END IF;
END$$;

CREATE OR REPLACE FUNCTION cleanup_old_notifications()
RETURNS INTEGER AS $$
DECLARE
    deleted_count INTEGER;
BEGIN
    DELETE FROM user_now_playing_notifications
    WHERE created_at < NOW() - INTERVAL '24 hours';

    GET DIAGNOSTICS deleted_count = ROW_COUNT;
    RETURN deleted_count;
END;
$$ LANGUAGE plpgsql SECURITY DEFINER;

GRANT EXECUTE ON FUNCTION cleanup_old_notifications() TO service_role;
