CREATE TYPE doc_status AS ENUM ('draft', 'active', 'archived');
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
