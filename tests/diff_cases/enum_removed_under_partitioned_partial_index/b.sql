CREATE TYPE doc_status AS ENUM ('draft', 'active', 'archived');
CREATE TABLE docs (
    id bigint NOT NULL,
    status doc_status NOT NULL DEFAULT 'draft',
    owner uuid
) PARTITION BY RANGE (id);
CREATE TABLE docs_1 PARTITION OF docs FOR VALUES FROM (0) TO (1000000);
CREATE TABLE docs_2 PARTITION OF docs FOR VALUES FROM (1000000) TO (2000000);
CREATE INDEX docs_live_idx ON docs (owner) WHERE status <> 'archived';
INSERT INTO docs (id, status) VALUES (1, 'draft'), (1000001, 'active');
