-- min_version: 18
-- A PostgreSQL 18 NOT NULL constraint renamed in place: its comment goes along with the
-- rename, so the side without a comment resets it under the new name.
CREATE TABLE public.devices (
    id integer PRIMARY KEY,
    serial text CONSTRAINT devices_serial_present NOT NULL
);
COMMENT ON CONSTRAINT devices_serial_present ON public.devices IS 'printed on the label';
