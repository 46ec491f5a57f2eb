-- Migration: 20260427200951_admin_device_commands_replica_identity_full.sql (applied to
-- now_playing_events): Postgres Changes UPDATE events include all columns in the OLD record.
ALTER TABLE now_playing_events REPLICA IDENTITY FULL;
ALTER PUBLICATION supabase_realtime ADD TABLE now_playing_events;
