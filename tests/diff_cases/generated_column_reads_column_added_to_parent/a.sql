-- Partitions' and children's generated columns read a column their parent gains: after its ADD COLUMN.
CREATE TABLE events (id int NOT NULL, title text, label text GENERATED ALWAYS AS (title) STORED)
    PARTITION BY RANGE (id);
CREATE TABLE events_low PARTITION OF events FOR VALUES FROM (0) TO (100);
CREATE TABLE events_high PARTITION OF events FOR VALUES FROM (100) TO (200);
CREATE TABLE notes (id int, title text, label text GENERATED ALWAYS AS (title) STORED);
CREATE TABLE notes_archived (archived_at timestamptz) INHERITS (notes);
