-- A partition whose bound changes is detached and attached again, while another table's
-- foreign key references rows in it: the key goes before the DETACH PARTITION (refused
-- otherwise) and is made again after the ATTACH.
CREATE TABLE events (
    id bigint NOT NULL,
    at date NOT NULL,
    PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE event_notes (
    event_id bigint NOT NULL,
    event_at date NOT NULL,
    note text,
    FOREIGN KEY (event_id, event_at) REFERENCES events (id, at)
);
INSERT INTO events VALUES (1, '2025-06-01');
INSERT INTO event_notes VALUES (1, '2025-06-01', 'kept');
