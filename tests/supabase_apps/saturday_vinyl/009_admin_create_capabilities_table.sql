-- Migration: 20260125000000_create_capabilities_table.sql
CREATE TABLE IF NOT EXISTS capabilities (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  name VARCHAR(100) UNIQUE NOT NULL,        -- e.g., "wifi", "thread", "rfid"
  display_name VARCHAR(100) NOT NULL,       -- e.g., "Wi-Fi", "Thread", "RFID"
  description TEXT,

  -- JSON Schema for provisioning attributes
  factory_attributes_schema JSONB DEFAULT '{}',
  factory_provision_attributes_schema JSONB DEFAULT '{}',
  consumer_attributes_schema JSONB DEFAULT '{}',
  consumer_provision_attributes_schema JSONB DEFAULT '{}',

  -- Heartbeat telemetry schema
  heartbeat_attributes_schema JSONB DEFAULT '{}',

  -- Test definitions with parameter and result schemas
  tests JSONB DEFAULT '[]',

  is_active BOOLEAN DEFAULT true,
  created_at TIMESTAMPTZ DEFAULT NOW(),
  updated_at TIMESTAMPTZ DEFAULT NOW()
);

COMMENT ON TABLE capabilities IS 'Dynamic capability definitions for Saturday devices. Each capability defines attribute schemas and available tests.';

CREATE INDEX IF NOT EXISTS idx_capabilities_name ON capabilities(name);
CREATE INDEX IF NOT EXISTS idx_capabilities_active ON capabilities(is_active) WHERE is_active = true;

CREATE OR REPLACE FUNCTION update_capabilities_updated_at()
RETURNS TRIGGER AS $$
BEGIN
  NEW.updated_at = NOW();
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS trigger_capabilities_updated_at ON capabilities;
CREATE TRIGGER trigger_capabilities_updated_at
  BEFORE UPDATE ON capabilities
  FOR EACH ROW
  EXECUTE FUNCTION update_capabilities_updated_at();

ALTER TABLE capabilities ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS "Authenticated users can read capabilities" ON capabilities;
DROP POLICY IF EXISTS "Admins can manage capabilities" ON capabilities;

CREATE POLICY "Authenticated users can read capabilities"
ON capabilities FOR SELECT
TO authenticated
USING (true);

CREATE POLICY "Admins can manage capabilities"
ON capabilities FOR ALL
TO authenticated
USING (
  EXISTS (
    SELECT 1 FROM users u
    LEFT JOIN user_permissions up ON up.user_id = u.id
    LEFT JOIN permissions p ON p.id = up.permission_id
    WHERE u.id = auth.uid()
    AND (u.is_admin = true OR p.name = 'manage_products')
  )
);
