-- Migration 006: Firmware Versions
CREATE TABLE IF NOT EXISTS firmware_versions (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  device_type_id UUID NOT NULL REFERENCES device_types(id) ON DELETE CASCADE,
  version VARCHAR(50) NOT NULL,
  release_notes TEXT,
  binary_url TEXT NOT NULL,
  binary_filename VARCHAR(255) NOT NULL,
  binary_size BIGINT,
  is_production_ready BOOLEAN DEFAULT false,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
  created_by UUID REFERENCES auth.users(id),
  UNIQUE(device_type_id, version)
);

CREATE INDEX idx_firmware_versions_device_type ON firmware_versions(device_type_id);
CREATE INDEX idx_firmware_versions_production ON firmware_versions(is_production_ready);
CREATE INDEX idx_firmware_versions_version ON firmware_versions(version);
CREATE INDEX idx_firmware_versions_created_at ON firmware_versions(created_at DESC);

ALTER TABLE firmware_versions ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Allow authenticated reads"
  ON firmware_versions
  FOR SELECT
  TO authenticated
  USING (true);

CREATE POLICY "Allow authenticated updates"
  ON firmware_versions
  FOR UPDATE
  TO authenticated
  USING (true)
  WITH CHECK (true);

COMMENT ON TABLE firmware_versions IS 'Firmware versions for device types with binary storage references';
COMMENT ON COLUMN firmware_versions.version IS 'Semantic version string (e.g., 1.2.3)';
COMMENT ON COLUMN firmware_versions.binary_url IS 'Supabase storage URL to the firmware binary file';
COMMENT ON COLUMN firmware_versions.is_production_ready IS 'Whether this version is approved for production use';
