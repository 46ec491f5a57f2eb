-- min_version: 18
-- pg-delta corpus constraint-ops--temporal-pk-fk: tables with a temporal primary key (WITHOUT OVERLAPS) and a temporal foreign key (PERIOD), created and dropped.
CREATE EXTENSION btree_gist;
CREATE SCHEMA test_schema;

CREATE TABLE test_schema.bookings (
  room_id integer NOT NULL,
  booking_period tstzrange NOT NULL,
  CONSTRAINT bookings_pkey PRIMARY KEY (room_id, booking_period WITHOUT OVERLAPS)
);

CREATE TABLE test_schema.booking_audit (
  room_id integer NOT NULL,
  booking_period tstzrange NOT NULL,
  CONSTRAINT booking_audit_fkey FOREIGN KEY (room_id, PERIOD booking_period)
    REFERENCES test_schema.bookings (room_id, PERIOD booking_period)
);
