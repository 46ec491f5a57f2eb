-- Migration: 20260125050000_rename_and_extend_firmware.sql
-- Rename firmware_versions to firmware and add firmware_files for multi-SoC support

-- (device_types' firmware pointers, added by a migration not copied)
ALTER TABLE device_types ADD COLUMN IF NOT EXISTS production_firmware_id UUID;
ALTER TABLE device_types ADD COLUMN IF NOT EXISTS dev_firmware_id UUID;

DO $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM information_schema.tables
    WHERE table_name = 'firmware_versions'
  ) AND NOT EXISTS (
    SELECT 1 FROM information_schema.tables
    WHERE table_name = 'firmware'
  ) THEN
    ALTER TABLE firmware_versions RENAME TO firmware;
  END IF;
END $$;

DO $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM information_schema.tables WHERE table_name = 'firmware'
  ) AND NOT EXISTS (
    SELECT 1 FROM information_schema.columns
    WHERE table_name = 'firmware' AND column_name = 'is_critical'
  ) THEN
    ALTER TABLE firmware ADD COLUMN is_critical BOOLEAN DEFAULT false;
  END IF;
END $$;

DO $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM information_schema.tables WHERE table_name = 'firmware'
  ) AND NOT EXISTS (
    SELECT 1 FROM information_schema.columns
    WHERE table_name = 'firmware' AND column_name = 'released_at'
  ) THEN
    ALTER TABLE firmware ADD COLUMN released_at TIMESTAMPTZ;

    UPDATE firmware
    SET released_at = created_at
    WHERE is_production_ready = true AND released_at IS NULL;
  END IF;
END $$;

CREATE TABLE IF NOT EXISTS firmware_files (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  firmware_id UUID NOT NULL,
  soc_type VARCHAR(50) NOT NULL,  -- 'esp32', 'esp32s2', 'esp32s3', 'esp32c3', 'esp32c6', 'esp32h2'
  is_master BOOLEAN DEFAULT false,
  file_url TEXT NOT NULL,
  file_sha256 TEXT,  -- SHA-256 hash for integrity verification
  file_size INTEGER,
  created_at TIMESTAMPTZ DEFAULT NOW(),
  UNIQUE(firmware_id, soc_type)
);

COMMENT ON TABLE firmware_files IS 'Binary files for multi-SoC firmware versions. Master file is pushed via OTA, secondary files are pulled by device.';

DO $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM information_schema.tables WHERE table_name = 'firmware'
  ) THEN
    IF NOT EXISTS (
      SELECT 1 FROM pg_constraint WHERE conname = 'firmware_files_firmware_id_fkey'
    ) THEN
      ALTER TABLE firmware_files
      ADD CONSTRAINT firmware_files_firmware_id_fkey
      FOREIGN KEY (firmware_id) REFERENCES firmware(id) ON DELETE CASCADE;
    END IF;
  END IF;
END $$;

CREATE INDEX IF NOT EXISTS idx_firmware_files_firmware_id ON firmware_files(firmware_id);
CREATE INDEX IF NOT EXISTS idx_firmware_files_soc_type ON firmware_files(soc_type);

ALTER TABLE firmware_files ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS "Authenticated users can read firmware_files" ON firmware_files;
DROP POLICY IF EXISTS "Admins can manage firmware_files" ON firmware_files;

CREATE POLICY "Authenticated users can read firmware_files"
ON firmware_files FOR SELECT
TO authenticated
USING (true);

CREATE POLICY "Admins can manage firmware_files"
ON firmware_files FOR ALL
TO authenticated
USING (
  EXISTS (
    SELECT 1 FROM users u
    LEFT JOIN user_permissions up ON up.user_id = u.id
    LEFT JOIN permissions p ON p.id = up.permission_id
    WHERE u.id = auth.uid()
    AND (u.is_admin = true OR p.name = 'manage_firmware')
  )
);

DO $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM information_schema.tables WHERE table_name = 'firmware'
  ) THEN
    IF NOT EXISTS (
      SELECT 1 FROM pg_constraint WHERE conname = 'device_types_production_firmware_id_fkey'
    ) THEN
      ALTER TABLE device_types
      ADD CONSTRAINT device_types_production_firmware_id_fkey
      FOREIGN KEY (production_firmware_id) REFERENCES firmware(id);
    END IF;

    IF NOT EXISTS (
      SELECT 1 FROM pg_constraint WHERE conname = 'device_types_dev_firmware_id_fkey'
    ) THEN
      ALTER TABLE device_types
      ADD CONSTRAINT device_types_dev_firmware_id_fkey
      FOREIGN KEY (dev_firmware_id) REFERENCES firmware(id);
    END IF;
  END IF;
END $$;
