-- Migration: 20260411120000_admin_parts_inventory.sql
-- Create parts inventory tables, enums, view, indexes, and RLS policies
-- (bom_lines and the references to units and production steps, not copied, are left out)

DO $$
BEGIN
  CREATE TYPE part_type AS ENUM ('raw_material', 'component', 'sub_assembly');
EXCEPTION
  WHEN duplicate_object THEN NULL;
END $$;

DO $$
BEGIN
  CREATE TYPE part_category AS ENUM ('wood', 'electronics', 'hardware', 'fastener', 'battery', 'packaging', 'other');
EXCEPTION
  WHEN duplicate_object THEN NULL;
END $$;

DO $$
BEGIN
  CREATE TYPE unit_of_measure AS ENUM ('each', 'board_feet', 'linear_feet', 'meters', 'inches', 'square_feet', 'grams', 'milliliters');
EXCEPTION
  WHEN duplicate_object THEN NULL;
END $$;

DO $$
BEGIN
  CREATE TYPE inventory_transaction_type AS ENUM ('receive', 'consume', 'build', 'adjust', 'return');
EXCEPTION
  WHEN duplicate_object THEN NULL;
END $$;

CREATE TABLE IF NOT EXISTS parts (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  name TEXT NOT NULL,
  part_number TEXT NOT NULL UNIQUE,
  description TEXT,
  part_type part_type NOT NULL,
  category part_category NOT NULL,
  unit_of_measure unit_of_measure NOT NULL,
  reorder_threshold NUMERIC,
  is_active BOOLEAN NOT NULL DEFAULT true,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS suppliers (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  name TEXT NOT NULL,
  website TEXT,
  notes TEXT,
  is_active BOOLEAN NOT NULL DEFAULT true,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS supplier_parts (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  part_id UUID NOT NULL REFERENCES parts(id),
  supplier_id UUID NOT NULL REFERENCES suppliers(id),
  supplier_sku TEXT NOT NULL,
  barcode_value TEXT,
  barcode_format TEXT,
  unit_cost NUMERIC,
  cost_currency TEXT NOT NULL DEFAULT 'USD',
  is_preferred BOOLEAN NOT NULL DEFAULT false,
  url TEXT,
  notes TEXT,
  UNIQUE (part_id, supplier_id, supplier_sku)
);

CREATE TABLE IF NOT EXISTS sub_assembly_lines (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  parent_part_id UUID NOT NULL REFERENCES parts(id),
  child_part_id UUID NOT NULL REFERENCES parts(id),
  quantity NUMERIC NOT NULL,
  reference_designator TEXT,
  notes TEXT
);

CREATE TABLE IF NOT EXISTS inventory_transactions (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  part_id UUID NOT NULL REFERENCES parts(id),
  transaction_type inventory_transaction_type NOT NULL,
  quantity NUMERIC NOT NULL,
  supplier_id UUID REFERENCES suppliers(id),
  build_batch_id UUID,
  reference TEXT,
  performed_by UUID NOT NULL REFERENCES auth.users(id),
  performed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE OR REPLACE VIEW inventory_levels AS
SELECT part_id, SUM(quantity) AS quantity_on_hand
FROM inventory_transactions
GROUP BY part_id;

CREATE UNIQUE INDEX IF NOT EXISTS idx_sub_assembly_lines_unique
  ON sub_assembly_lines (parent_part_id, child_part_id, COALESCE(reference_designator, ''));

CREATE INDEX IF NOT EXISTS idx_parts_part_number ON parts(part_number);
CREATE INDEX IF NOT EXISTS idx_parts_part_type ON parts(part_type);
CREATE INDEX IF NOT EXISTS idx_parts_category ON parts(category);
CREATE INDEX IF NOT EXISTS idx_supplier_parts_barcode ON supplier_parts(barcode_value) WHERE barcode_value IS NOT NULL;
CREATE INDEX IF NOT EXISTS idx_supplier_parts_supplier_sku ON supplier_parts(supplier_sku);
CREATE INDEX IF NOT EXISTS idx_inventory_transactions_part_id ON inventory_transactions(part_id);
CREATE INDEX IF NOT EXISTS idx_inventory_transactions_build_batch ON inventory_transactions(build_batch_id) WHERE build_batch_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS idx_sub_assembly_lines_parent ON sub_assembly_lines(parent_part_id);

CREATE OR REPLACE FUNCTION update_parts_updated_at()
RETURNS TRIGGER AS $$
BEGIN
  NEW.updated_at = now();
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS trigger_parts_updated_at ON parts;
CREATE TRIGGER trigger_parts_updated_at
  BEFORE UPDATE ON parts
  FOR EACH ROW
  EXECUTE FUNCTION update_parts_updated_at();

ALTER TABLE parts ENABLE ROW LEVEL SECURITY;
ALTER TABLE suppliers ENABLE ROW LEVEL SECURITY;
ALTER TABLE supplier_parts ENABLE ROW LEVEL SECURITY;
ALTER TABLE sub_assembly_lines ENABLE ROW LEVEL SECURITY;
ALTER TABLE inventory_transactions ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS "Authenticated users can select parts" ON parts;
CREATE POLICY "Authenticated users can select parts"
ON parts FOR SELECT TO authenticated USING (true);

DROP POLICY IF EXISTS "Authenticated users can update parts" ON parts;
CREATE POLICY "Authenticated users can update parts"
ON parts FOR UPDATE TO authenticated USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS "Authenticated users can select suppliers" ON suppliers;
CREATE POLICY "Authenticated users can select suppliers"
ON suppliers FOR SELECT TO authenticated USING (true);

DROP POLICY IF EXISTS "Authenticated users can select supplier_parts" ON supplier_parts;
CREATE POLICY "Authenticated users can select supplier_parts"
ON supplier_parts FOR SELECT TO authenticated USING (true);

DROP POLICY IF EXISTS "Authenticated users can select sub_assembly_lines" ON sub_assembly_lines;
CREATE POLICY "Authenticated users can select sub_assembly_lines"
ON sub_assembly_lines FOR SELECT TO authenticated USING (true);

DROP POLICY IF EXISTS "Authenticated users can insert inventory_transactions" ON inventory_transactions;
CREATE POLICY "Authenticated users can insert inventory_transactions"
ON inventory_transactions FOR INSERT TO authenticated WITH CHECK (true);
