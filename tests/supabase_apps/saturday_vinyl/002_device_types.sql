-- Device types (reduced to the columns later migrations use), with the chip type check.
CREATE TABLE IF NOT EXISTS public.device_types (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name TEXT NOT NULL,
    description TEXT,
    chip_type TEXT,
    is_active BOOLEAN NOT NULL DEFAULT true,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT valid_chip_type CHECK (
      chip_type IS NULL OR chip_type IN ('esp32', 'esp32s2', 'esp32s3', 'esp32c3')
    )
);

ALTER TABLE public.device_types ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Authenticated users can read device types"
  ON device_types FOR SELECT TO authenticated USING (true);

-- Migration 004: Device Types - Add current_firmware_version column
DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM information_schema.columns
    WHERE table_schema = 'public'
    AND table_name = 'device_types'
    AND column_name = 'current_firmware_version'
  ) THEN
    ALTER TABLE device_types ADD COLUMN current_firmware_version VARCHAR(50);
    RAISE NOTICE 'Added current_firmware_version column to device_types';
  ELSE
    RAISE NOTICE 'Column current_firmware_version already exists';
  END IF;
END $$;

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'idx_device_types_active') THEN
    CREATE INDEX idx_device_types_active ON device_types(is_active);
  END IF;

  IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'idx_device_types_name') THEN
    CREATE INDEX idx_device_types_name ON device_types(name);
  END IF;
END $$;

DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM pg_policies
    WHERE schemaname = 'public'
    AND tablename = 'device_types'
    AND policyname = 'Authenticated users can delete device types'
  ) THEN
    CREATE POLICY "Authenticated users can delete device types"
      ON device_types
      FOR DELETE
      TO authenticated
      USING (true);
  END IF;
END $$;

COMMENT ON COLUMN device_types.current_firmware_version IS 'Current/latest firmware version for this device type';
