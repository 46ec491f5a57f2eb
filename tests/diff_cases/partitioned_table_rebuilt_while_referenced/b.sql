CREATE TYPE doc_status AS ENUM ('draft', 'active');
CREATE TABLE docs (
    id bigint NOT NULL,
    status doc_status NOT NULL DEFAULT 'draft',
    PRIMARY KEY (id, status)
) PARTITION BY LIST (status);
CREATE TABLE docs_draft PARTITION OF docs FOR VALUES IN ('draft');
CREATE TABLE docs_rest PARTITION OF docs DEFAULT;
CREATE TABLE audit (
    doc_id bigint NOT NULL,
    doc_status doc_status NOT NULL,
    FOREIGN KEY (doc_id, doc_status) REFERENCES docs (id, status) ON DELETE CASCADE
);
INSERT INTO docs VALUES (1, 'draft'), (2, 'active');
INSERT INTO audit VALUES (1, 'draft'), (2, 'active');
