-- Migration 2: outlets a claim was relayed through, primary source documents, and
-- fact-checkers' verdicts (append-only).

ALTER TABLE occurrence ADD COLUMN outlets TEXT;            -- comma-separated outlet codes, NULL = none

-- Primary sources quotes are checked against: transcripts, agency copy, press releases.
CREATE TABLE source_document (
    id           INTEGER PRIMARY KEY,
    sha256       TEXT NOT NULL UNIQUE,                    -- of the file's bytes
    label        TEXT NOT NULL,                           -- the path or name it was given as
    text         TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
);

-- A fact-checker's verdict on a claim. Never updated or deleted: a new verdict supersedes.
CREATE TABLE verdict (
    id            INTEGER PRIMARY KEY,
    claim_id      INTEGER NOT NULL REFERENCES claim(id),
    status        TEXT NOT NULL CHECK (status IN ('verified', 'disputed', 'false', 'misleading', 'misattributed', 'unverified')),
    note          TEXT,
    evidence_url  TEXT,
    recorded_at   TEXT NOT NULL
);
CREATE INDEX verdict_claim ON verdict(claim_id);

CREATE TRIGGER verdict_no_update BEFORE UPDATE ON verdict
BEGIN SELECT RAISE(ABORT, 'verdicts are append-only: record a new verdict instead'); END;
CREATE TRIGGER verdict_no_delete BEFORE DELETE ON verdict
BEGIN SELECT RAISE(ABORT, 'verdicts are append-only: record a new verdict instead'); END;
