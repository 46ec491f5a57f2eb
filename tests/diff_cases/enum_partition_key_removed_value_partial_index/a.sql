-- A table LIST-partitioned by an enum that loses a value is rebuilt with its partitions
-- detached: each partition keeps its own copy of the parent's partial index, whose predicate
-- names the old type, and converting the partition's column rebuilds it.
CREATE TYPE doc_status AS ENUM ('draft', 'active', 'archived', 'deleted');
CREATE TABLE docs (
    id bigint GENERATED ALWAYS AS IDENTITY,
    status doc_status NOT NULL DEFAULT 'draft',
    owner uuid,
    PRIMARY KEY (id, status)
) PARTITION BY LIST (status);
CREATE TABLE docs_draft PARTITION OF docs FOR VALUES IN ('draft');
CREATE TABLE docs_rest PARTITION OF docs DEFAULT;
CREATE INDEX docs_live_idx ON docs (owner) WHERE status <> 'archived';
INSERT INTO docs (status) VALUES ('draft'), ('active');
