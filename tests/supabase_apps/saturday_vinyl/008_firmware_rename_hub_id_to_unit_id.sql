-- Phase 6: Rename hub_id to unit_id for device-agnostic naming
DO $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM information_schema.columns
    WHERE table_name = 'now_playing_events' AND column_name = 'hub_id'
  ) THEN
    ALTER TABLE now_playing_events RENAME COLUMN hub_id TO unit_id;
  END IF;

  IF EXISTS (
    SELECT 1 FROM information_schema.tables
    WHERE table_name = 'now_playing_events'
  ) THEN
    DROP INDEX IF EXISTS idx_now_playing_events_hub_id;
    DROP INDEX IF EXISTS idx_now_playing_events_hub_timestamp;

    CREATE INDEX IF NOT EXISTS idx_now_playing_events_unit_id
        ON now_playing_events(unit_id);
    CREATE INDEX IF NOT EXISTS idx_now_playing_events_unit_timestamp
        ON now_playing_events(unit_id, timestamp DESC);

    COMMENT ON COLUMN now_playing_events.unit_id IS 'Unique unit identifier for the Saturday device';
  END IF;
END $$;

DO $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM information_schema.tables
    WHERE table_name = 'now_playing_events'
  ) THEN
    DROP VIEW IF EXISTS current_now_playing;

    CREATE OR REPLACE VIEW current_now_playing AS
    SELECT DISTINCT ON (unit_id)
        unit_id,
        epc,
        event_type,
        rssi,
        timestamp as last_event_time,
        CASE
            WHEN event_type = 'placed' THEN true
            ELSE false
        END as is_playing
    FROM now_playing_events
    ORDER BY unit_id, timestamp DESC;

    COMMENT ON VIEW current_now_playing IS 'Shows the current playing status for each unit';
  END IF;
END $$;
